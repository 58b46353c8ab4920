/**
 * Planned budget totals by district and year, one group per district and
 * printed table, each headed by what the total covers (the table's caption):
 * a master plan, one centre, a division — totals of different scope.
 */
import { t } from "../i18n/index.ts";
import { cellNumber, cellText, type ProductRow } from "../data/products.ts";
import { formatKrw, formatKrwShort, formatPeriod } from "../lib/format.ts";
import type { ChartBuilder } from "./types.ts";
import {
  NONE,
  OKABE_ITO,
  cleanCaption,
  firstSeen,
  koColumn,
  rowChart,
  tr,
  type Row,
} from "./render.ts";

const SERIES = [
  OKABE_ITO.blue,
  OKABE_ITO.vermillion,
  OKABE_ITO.green,
  OKABE_ITO.pink,
  OKABE_ITO.orange,
  OKABE_ITO.sky,
];

export const budgetYears: ChartBuilder = (rows, { lang, highlight, width }) => {
  const name = (r: ProductRow) => cellText(r, lang === "ko" ? "district_ko" : "district_en");
  const year = (r: ProductRow) => String(cellNumber(r, "year") ?? "");
  const value = (r: ProductRow) => cellNumber(r, "value_krw");
  const money = (v: number | null) => (v === null ? NONE : formatKrwShort(v, lang));
  const group = (r: ProductRow) =>
    `${cellText(r, "district_code")}|${cellText(r, "source_id")}|${cellText(r, "caption")}`;
  const scope = (r: ProductRow) => cleanCaption(cellText(r, "caption"));
  const groups = firstSeen(rows, group);

  const chartRows: Row[] = groups.flatMap((g, gi) => {
    const members = rows
      .filter((r) => group(r) === g)
      .sort((a, b) => year(a).localeCompare(year(b)));
    const first = members[0]!;
    const emphasis = highlight !== undefined && cellText(first, "district_slug") === highlight;
    return [
      {
        key: `h|${g}`,
        heading: tr(
          lang,
          `${name(first)} — ‘${scope(first)}’ 총액`,
          `${name(first)} — total of “${scope(first)}”`,
        ),
      },
      ...members.map((r): Row => ({
        key: `${g}|${year(r)}|${cellText(r, "fact_id")}`,
        label: formatPeriod(year(r), lang),
        segments:
          value(r) === null ? [] : [{ x1: 0, x2: value(r)!, fill: SERIES[gi % SERIES.length]! }],
        value: money(value(r)),
        emphasis,
      })),
    ];
  });

  const valued = rows.filter((r) => value(r) !== null);
  const largest = [...valued].sort((a, b) => value(b)! - value(a)!)[0];
  let takeaway: string;
  if (groups.length > 1 && largest) {
    takeaway = tr(
      lang,
      `인쇄된 총액마다 다루는 범위가 달라(표 ${groups.length}개) 자치구끼리 바로 비교할 수 없으며, 가장 큰 총액은 ${name(largest)}의 ${year(largest)}년 ${money(value(largest))}(‘${scope(largest)}’)입니다.`,
      `Each printed total covers a different scope (${groups.length} tables), so don't compare districts directly; the largest is ${name(largest)}'s ${money(value(largest))} for ${year(largest)}.`,
    );
  } else if (largest) {
    const series = [...valued].sort((a, b) => year(a).localeCompare(year(b)));
    const a = series[0]!;
    const b = series[series.length - 1]!;
    takeaway = tr(
      lang,
      `${name(a)}의 ‘${scope(a)}’ 총액은 ${year(a)}년 ${money(value(a))}, ${year(b)}년 ${money(value(b))}입니다.`,
      `${name(a)}'s printed total is ${money(value(a))} in ${year(a)} and ${money(value(b))} in ${year(b)}.`,
    );
  } else takeaway = tr(lang, "인쇄된 총액이 없습니다.", "No printed totals.");

  const described = groups.map((g) => {
    const members = rows.filter((r) => group(r) === g);
    const first = members[0]!;
    const values = members.map((r) => `${formatPeriod(year(r), lang)} ${money(value(r))}`);
    return tr(
      lang,
      `${name(first)}(‘${scope(first)}’): ${values.join(", ")}`,
      `${name(first)} (“${scope(first)}”): ${values.join(", ")}`,
    );
  });
  const alt = tr(
    lang,
    `가로 막대 그래프: 자치구와 인쇄된 표마다 한 묶음씩, 연도별 예산 총액(계획)을 그렸습니다. ${described.join("; ")}.`,
    `Horizontal bar chart: one group per district and printed table, a bar per year for the planned budget total. ${described.join("; ")}.`,
  );

  const unit = tr(
    lang,
    "원 (계획, 인쇄된 총액 · 표마다 범위가 다름)",
    "KRW (planned; printed totals, each of its own scope)",
  );

  const captionCells = rows.map((r) => cellText(r, "caption"));
  const pageCells = rows.map((r) => cellText(r, "page"));
  const printedCells = rows.map((r) =>
    `${cellText(r, "value_printed")} ${cellText(r, "unit_printed")}`.trim(),
  );
  const table = {
    columns: [
      { label: t(lang, "tableDistrict") },
      { label: t(lang, "tablePeriod") },
      { label: tr(lang, "금액", "Amount"), numeric: true },
      {
        label: tr(lang, "인쇄된 값", "As printed"),
        numeric: true,
        ...koColumn(lang, printedCells),
      },
      {
        label: tr(lang, "범위 (표 제목)", "Scope (table caption)"),
        ...koColumn(lang, captionCells),
      },
      { label: t(lang, "tableSource") },
      { label: t(lang, "tablePage"), ...koColumn(lang, pageCells) },
      { label: t(lang, "tableFact") },
    ],
    rows: groups.flatMap((g) =>
      rows
        .filter((r) => group(r) === g)
        .sort((a, b) => year(a).localeCompare(year(b)))
        .map((r) => [
          name(r),
          formatPeriod(year(r), lang),
          value(r) === null ? NONE : formatKrw(value(r)!, lang),
          `${cellText(r, "value_printed")} ${cellText(r, "unit_printed")}`.trim() || NONE,
          cellText(r, "caption"),
          cellText(r, "source_id"),
          cellText(r, "page"),
          cellText(r, "fact_id"),
        ]),
    ),
  };

  const svg = rowChart({
    id: "budget-years",
    lang,
    width,
    title: tr(
      lang,
      "자치구별 연도별 사회적경제 예산 총액 (계획)",
      "Planned social-economy budget totals by district and year",
    ),
    description: alt,
    rows: chartRows,
    xLabel: tr(lang, "예산 (원)", "Budget (KRW)"),
    tickFormat: (v) => formatKrwShort(v, lang),
  });

  return { svg, alt, takeaway, unit, table };
};
