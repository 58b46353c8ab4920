/**
 * Budget lines that name a funder, stacked by funder: one bar per district,
 * printed table and year, with each funder's amount written under the bar.
 * Lines of different tables are never stacked together.
 */
import { t } from "../i18n/index.ts";
import { cellNumber, cellText, type ProductRow } from "../data/products.ts";
import {
  formatKrw,
  formatKrwShort,
  formatNumber,
  formatPercent,
  formatPeriod,
} from "../lib/format.ts";
import type { Lang } from "../i18n/index.ts";
import type { ChartBuilder } from "./types.ts";
import {
  NONE,
  OKABE_ITO,
  cleanCaption,
  firstSeen,
  koColumn,
  listJoin,
  rowChart,
  shortPage,
  tr,
  type LegendItem,
  type Row,
  type Segment,
} from "./render.ts";

/** Stacking order (left to right), colour and name of each funder. */
const FUNDERS: Record<
  string,
  { order: number; fill: string; textFill: string; ko: string; en: string }
> = {
  national: { order: 0, fill: OKABE_ITO.blue, textFill: "#ffffff", ko: "국비", en: "National" },
  national_city: {
    order: 1,
    fill: OKABE_ITO.pink,
    textFill: OKABE_ITO.black,
    ko: "국·시비",
    en: "National + city",
  },
  city: { order: 2, fill: OKABE_ITO.vermillion, textFill: OKABE_ITO.black, ko: "시비", en: "City" },
  district: {
    order: 3,
    fill: OKABE_ITO.green,
    textFill: OKABE_ITO.black,
    ko: "구비",
    en: "District",
  },
  other: { order: 4, fill: OKABE_ITO.orange, textFill: OKABE_ITO.black, ko: "기타", en: "Other" },
};
const UNKNOWN = { order: 9, fill: OKABE_ITO.sky, textFill: OKABE_ITO.black };

const funder = (r: ProductRow) => cellText(r, "funder_key");
const funderName = (r: ProductRow, lang: Lang) => {
  const f = FUNDERS[funder(r)];
  return f ? f[lang] : cellText(r, "funder_en") || funder(r);
};

export const budgetByFunder: ChartBuilder = (rows, { lang, highlight, width }) => {
  const name = (r: ProductRow) => cellText(r, lang === "ko" ? "district_ko" : "district_en");
  const year = (r: ProductRow) => String(cellNumber(r, "year") ?? "");
  const value = (r: ProductRow) => cellNumber(r, "value_krw");
  const money = (v: number | null) => (v === null ? NONE : formatKrwShort(v, lang));
  const group = (r: ProductRow) =>
    `${cellText(r, "district_code")}|${cellText(r, "source_id")}|${cellText(r, "caption")}`;
  const scope = (r: ProductRow) => cleanCaption(cellText(r, "caption"));
  const byStack = (a: ProductRow, b: ProductRow) =>
    (FUNDERS[funder(a)] ?? UNKNOWN).order - (FUNDERS[funder(b)] ?? UNKNOWN).order ||
    cellText(a, "funder_en").localeCompare(cellText(b, "funder_en")) ||
    cellText(a, "page").localeCompare(cellText(b, "page"));
  const groups = firstSeen(rows, group);

  /** The rows of one bar, in stacking order. */
  const bars = groups.flatMap((g) => {
    const members = rows.filter((r) => group(r) === g);
    return firstSeen(members, year)
      .sort()
      .map((y) => ({
        group: g,
        year: y,
        lines: members.filter((r) => year(r) === y).sort(byStack),
      }));
  });
  /** Funder name, with the page where one bar has the same funder twice (two printed sections). */
  const partName = (r: ProductRow, lines: ProductRow[]) =>
    lines.filter((x) => funder(x) === funder(r)).length > 1
      ? tr(
          lang,
          `${funderName(r, lang)}(${shortPage(cellText(r, "page"))})`,
          `${funderName(r, lang)} (${shortPage(cellText(r, "page"))})`,
        )
      : funderName(r, lang);
  const total = (lines: ProductRow[]) => lines.reduce((s, r) => s + (value(r) ?? 0), 0);

  const chartRows: Row[] = groups.flatMap((g) => {
    const first = rows.find((r) => group(r) === g)!;
    const emphasis = highlight !== undefined && cellText(first, "district_slug") === highlight;
    return [
      {
        key: `h|${g}`,
        heading: tr(
          lang,
          `${name(first)} — ‘${scope(first)}’`,
          `${name(first)} — “${scope(first)}”`,
        ),
      },
      ...bars
        .filter((b) => b.group === g)
        .flatMap((b): Row[] => {
          let x = 0;
          const segments: Segment[] = [];
          for (const r of b.lines) {
            const v = value(r);
            if (v === null) continue;
            const f = FUNDERS[funder(r)] ?? UNKNOWN;
            segments.push({
              x1: x,
              x2: x + v,
              fill: f.fill,
              text: funderName(r, lang),
              textFill: f.textFill,
            });
            x += v;
          }
          const parts = b.lines.map((r) => `${partName(r, b.lines)} ${money(value(r))}`);
          const bar = {
            key: `${g}|${b.year}`,
            label: formatPeriod(b.year, lang),
            segments,
            emphasis,
          };
          // One funder: its amount at the bar's end; several: the sum there, each part written below.
          if (b.lines.length === 1) return [{ ...bar, value: parts[0]! }];
          return [
            {
              ...bar,
              value: tr(lang, `계 ${money(total(b.lines))}`, `sum ${money(total(b.lines))}`),
            },
            { key: `${g}|${b.year}|parts`, note: parts.join(" · ") },
          ];
        }),
    ];
  });

  // What share of the latest bar of each table is the district's own money.
  const shares = groups.flatMap((g) => {
    const last = bars.filter((b) => b.group === g).at(-1);
    if (!last) return [];
    const own = last.lines.filter((r) => funder(r) === "district");
    const sum = total(last.lines);
    if (own.length === 0 || sum === 0) return [];
    const r = last.lines[0]!;
    return [{ name: name(r), year: last.year, pct: (total(own) / sum) * 100 }];
  });
  let takeaway: string;
  if (shares.length > 0) {
    const listed = shares.map((s) =>
      tr(
        lang,
        `${s.name} ${formatPercent(s.pct, lang)}(${s.year}년)`,
        `${formatPercent(s.pct, lang)} of ${s.name}'s ${s.year} lines`,
      ),
    );
    takeaway = tr(
      lang,
      `자치구 자체 예산(구비)이 차지하는 몫은 ${listed.join(", ")}이고, 표마다 다루는 범위가 달라 합계끼리 비교할 수는 없습니다.`,
      `District funds make up ${listJoin(listed, lang)}; each table covers something different, so don't compare the sums across districts.`,
    );
  } else {
    const biggest = [...rows]
      .filter((r) => value(r) !== null)
      .sort((a, b) => value(b)! - value(a)!)[0];
    takeaway = biggest
      ? tr(
          lang,
          `가장 큰 재원별 금액은 ${name(biggest)} ${year(biggest)}년 ${funderName(biggest, lang)} ${money(value(biggest))}입니다.`,
          `The largest amount by funder is ${name(biggest)}'s ${funderName(biggest, lang)} funding of ${money(value(biggest))} in ${year(biggest)}.`,
        )
      : tr(lang, "재원이 인쇄된 예산이 없습니다.", "No budget lines with a funder.");
  }

  const described = bars.map((b) => {
    const r = b.lines[0]!;
    const parts = b.lines.map((x) => `${partName(x, b.lines)} ${money(value(x))}`).join(", ");
    return `${name(r)} ${formatPeriod(b.year, lang)}: ${parts}`;
  });
  const alt = tr(
    lang,
    `누적 가로 막대 그래프: 자치구·표·연도마다 막대 하나를 재원(국비, 시비, 구비 등)별로 나눠 쌓고, 막대 아래에 재원별 금액을 적었습니다. ${described.join("; ")}.`,
    `Stacked horizontal bar chart: one bar per district, table and year, split by funder (national, city, district…), with each funder's amount written under the bar. ${described.join("; ")}.`,
  );

  const present = firstSeen([...rows].sort(byStack), funder);
  const legend: LegendItem[] = present.map((k) => {
    const f = FUNDERS[k];
    return { label: f ? f[lang] : k, fill: (f ?? UNKNOWN).fill };
  });

  const unit = tr(
    lang,
    "원 (재원이 인쇄된 예산 줄의 합)",
    "KRW (sum of the budget lines that print a funder)",
  );

  const tableRows = bars.flatMap((b) => b.lines);
  const captionCells = tableRows.map((r) => cellText(r, "caption"));
  const pageCells = tableRows.map((r) => cellText(r, "page"));
  const funderCells = tableRows.map((r) => funderName(r, lang));
  const table = {
    columns: [
      { label: t(lang, "tableDistrict") },
      { label: t(lang, "tablePeriod") },
      { label: tr(lang, "재원", "Funder"), ...koColumn(lang, funderCells) },
      { label: tr(lang, "금액", "Amount"), numeric: true },
      { label: tr(lang, "합한 인쇄 줄 수", "Printed lines added"), numeric: true },
      { label: tr(lang, "표 제목", "Table caption"), ...koColumn(lang, captionCells) },
      { label: t(lang, "tableSource") },
      { label: t(lang, "tablePage"), ...koColumn(lang, pageCells) },
    ],
    rows: tableRows.map((r, i) => {
      const lines = cellNumber(r, "lines");
      return [
        name(r),
        formatPeriod(year(r), lang),
        funderCells[i]!,
        value(r) === null ? NONE : formatKrw(value(r)!, lang),
        lines === null ? NONE : formatNumber(lines, lang, 0),
        cellText(r, "caption"),
        cellText(r, "source_id"),
        cellText(r, "page"),
      ];
    }),
  };

  const svg = rowChart({
    id: "budget-by-funder",
    lang,
    width,
    title: tr(
      lang,
      "재원별 사회적경제 예산 (국비·시비·구비)",
      "Social-economy budgets by funder (national, city, district)",
    ),
    description: alt,
    rows: chartRows,
    xLabel: tr(lang, "예산 (원)", "Budget (KRW)"),
    tickFormat: (v) => formatKrwShort(v, lang),
    legend,
  });

  return { svg, alt, takeaway, unit, table };
};
