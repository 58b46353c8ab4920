/**
 * Every printed total of social-economy enterprises, each with its own date
 * and source. Grouped by district in the printed order, never ranked: the
 * figures are of different dates and definitions. Seoul as a whole is written
 * out, not drawn, since its bar would flatten the districts'.
 */
import { t } from "../i18n/index.ts";
import { cellNumber, cellText, type ProductRow } from "../data/products.ts";
import { formatCount, formatNumber, formatPercent, formatPeriod } from "../lib/format.ts";
import type { ChartBuilder } from "./types.ts";
import { kindLabel, kindShort } from "../lib/sourceKind.ts";
import {
  NONE,
  OKABE_ITO,
  firstSeen,
  koColumn,
  listJoin,
  rowChart,
  subjectParticle,
  tr,
  type Row,
} from "./render.ts";

const SEOUL = "11000";

export const enterprisesTotals: ChartBuilder = (rows, { lang, highlight, width }) => {
  const name = (r: ProductRow) => cellText(r, lang === "ko" ? "district_ko" : "district_en");
  const code = (r: ProductRow) => cellText(r, "district_code");
  const period = (r: ProductRow) => cellText(r, "period");
  const date = (r: ProductRow) => formatPeriod(period(r), lang);
  const count = (r: ProductRow) => cellNumber(r, "count");
  const countText = (r: ProductRow) => {
    const c = count(r);
    return c === null ? NONE : formatCount(c, lang);
  };
  const kind = (r: ProductRow) => cellText(r, "source_kind");
  const definitions = firstSeen(rows, (r) => cellText(r, "type_key"));
  const definition = (r: ProductRow) =>
    cellText(r, "type_key") === "all"
      ? tr(lang, "전체 합계", "all types")
      : cellText(r, lang === "ko" ? "type_ko" : "type_en");

  // Grouped by district (printed order), and by date within a district.
  const order = firstSeen(rows, code);
  const sorted = [...rows].sort(
    (a, b) => order.indexOf(code(a)) - order.indexOf(code(b)) || period(a).localeCompare(period(b)),
  );
  const hasDistricts = rows.some((r) => code(r) !== SEOUL);
  const drawn = (r: ProductRow) => count(r) !== null && !(hasDistricts && code(r) === SEOUL);

  const chartRows: Row[] = sorted.map((r, i) => {
    const parts = [countText(r), date(r), kindShort(kind(r), lang)];
    if (definitions.length > 1) parts.push(definition(r));
    if (!drawn(r) && count(r) !== null)
      parts.push(
        tr(lang, "서울 전체: 척도가 달라 막대 생략", "Seoul as a whole: no bar (other scale)"),
      );
    const sameAsAbove = i > 0 && code(sorted[i - 1]!) === code(r);
    return {
      key: `${code(r)}|${period(r)}|${cellText(r, "source_id")}|${cellText(r, "fact_id")}`,
      label: sameAsAbove ? "" : name(r),
      segments: drawn(r) ? [{ x1: 0, x2: count(r)!, fill: OKABE_ITO.blue }] : [],
      value: parts.join(" · "),
      emphasis: highlight !== undefined && cellText(r, "district_slug") === highlight,
    };
  });

  const periods = rows
    .map(period)
    .filter((p) => p !== "")
    .sort();
  const sources = firstSeen(rows, (r) => cellText(r, "source_id"));
  const counted = rows.filter((r) => count(r) !== null && code(r) !== SEOUL);
  let takeaway: string;
  if (new Set(periods).size > 1 || sources.length > 1 || definitions.length > 1) {
    const latest = [...counted].sort((a, b) => period(b).localeCompare(period(a)))[0];
    const first = formatPeriod(periods[0]!, lang);
    const last = formatPeriod(periods[periods.length - 1]!, lang);
    const latestKo = latest
      ? `않았으며, 가장 최근 숫자는 ${name(latest)}의 ${countText(latest)}(${date(latest)})이니`
      : "않았으니";
    const latestEn = latest
      ? `; the latest is ${name(latest)}'s ${countText(latest)} (${date(latest)})`
      : "";
    takeaway = tr(
      lang,
      `합계마다 기준일(${first}~${last})과 출처(${sources.length}곳)가 달라 순위를 매기지 ${latestKo} 비교에 주의하세요.`,
      `These totals have different dates (${first} to ${last}) and come from ${sources.length} source${sources.length === 1 ? "" : "s"}, so they are not ranked${latestEn} — compare with care.`,
    );
  } else {
    const top = [...counted].sort((a, b) => count(b)! - count(a)!)[0];
    const when = formatPeriod(periods[0] ?? "", lang);
    takeaway = top
      ? tr(
          lang,
          `${when} 기준 같은 출처의 합계로는 ${name(top)}${subjectParticle(name(top))} ${countText(top)}로 가장 많습니다.`,
          `As of ${when}, from one source, ${name(top)} has the most: ${countText(top)}.`,
        )
      : tr(lang, `${when} 기준 합계입니다.`, `Totals as of ${when}.`);
  }

  const listed = sorted.map(
    (r) => `${name(r)} ${countText(r)} (${date(r)}, ${kindLabel(kind(r), lang)})`,
  );
  const alt = tr(
    lang,
    `가로 막대 그래프: 자치구별로 인쇄된 사회적경제기업 합계를 기준일과 함께 그렸습니다 (순위 아님): ${listJoin(listed, lang)}.${hasDistricts && rows.some((r) => code(r) === SEOUL) ? " 서울 전체 합계는 자치구와 규모가 달라 막대 없이 숫자로만 적었습니다." : ""}`,
    `Horizontal bar chart of the printed totals of social-economy enterprises by district, each labelled with its date (not a ranking): ${listJoin(listed, lang)}.${hasDistricts && rows.some((r) => code(r) === SEOUL) ? " Seoul's total is written out, not drawn, as it is on another scale." : ""}`,
  );

  const unit = tr(
    lang,
    "개 (숫자마다 기준일이 다름)",
    "enterprises (each figure has its own date)",
  );

  const pageCells = sorted.map((r) => cellText(r, "page"));
  const defCells = sorted.map(definition);
  const table = {
    columns: [
      { label: t(lang, "tableDistrict") },
      { label: t(lang, "figureDateNote") },
      { label: tr(lang, "정의", "Definition"), ...koColumn(lang, defCells) },
      { label: tr(lang, "기업 수 (개)", "Enterprises"), numeric: true },
      { label: tr(lang, "주민등록인구 (명)", "Registered population"), numeric: true },
      { label: tr(lang, "주민 1만 명당", "Per 10,000 residents"), numeric: true },
      { label: tr(lang, "서울 대비 비중", "Share of Seoul"), numeric: true },
      { label: t(lang, "tableSource") },
      { label: tr(lang, "출처 종류", "Kind of source") },
      { label: t(lang, "tablePage"), ...koColumn(lang, pageCells) },
      { label: t(lang, "tableFact") },
    ],
    rows: sorted.map((r) => {
      const num = (k: string, digits = 0) => {
        const v = cellNumber(r, k);
        return v === null ? NONE : formatNumber(v, lang, digits);
      };
      const share = cellNumber(r, "share_of_seoul_pct");
      return [
        name(r),
        date(r),
        definition(r),
        num("count"),
        num("population"),
        num("per_10k_residents", 2),
        share === null ? NONE : formatPercent(share, lang, 1),
        cellText(r, "source_id"),
        kindLabel(kind(r), lang),
        cellText(r, "page"),
        cellText(r, "fact_id"),
      ];
    }),
  };

  const svg = rowChart({
    id: "enterprises-totals",
    lang,
    width,
    title: tr(
      lang,
      "자치구별 사회적경제기업 합계 (인쇄된 숫자, 기준일 표시)",
      "Social-economy enterprise totals by district (as printed, with dates)",
    ),
    description: alt,
    rows: chartRows,
    xLabel: tr(lang, "기업 수", "Enterprises"),
    tickFormat: (v) => formatNumber(v, lang, 0),
  });

  return { svg, alt, takeaway, unit, table };
};
