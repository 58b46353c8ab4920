/**
 * Public purchasing: for each district and year, the target (outlined bar)
 * and the result (solid bar), then the achievement rate as printed beside the
 * rate recomputed as result ÷ target, with "≠" and a word where they differ.
 */
import { t } from "../i18n/index.ts";
import { cellNumber, cellText, type ProductRow } from "../data/products.ts";
import { formatKrw, formatKrwShort, formatPercent, formatPeriod } from "../lib/format.ts";
import type { ChartBuilder } from "./types.ts";
import {
  NONE,
  OKABE_ITO,
  directionParticle,
  firstSeen,
  koColumn,
  rowChart,
  tr,
  type Row,
} from "./render.ts";

const TARGET = OKABE_ITO.blue;
const RESULT = OKABE_ITO.green;

export const purchasing: ChartBuilder = (rows, { lang, highlight, width }) => {
  const name = (r: ProductRow) => cellText(r, lang === "ko" ? "district_ko" : "district_en");
  const code = (r: ProductRow) => cellText(r, "district_code");
  const period = (r: ProductRow) => cellText(r, "period");
  const target = (r: ProductRow) => cellNumber(r, "target_krw");
  const actual = (r: ProductRow) => cellNumber(r, "actual_krw");
  const printedRate = (r: ProductRow) => cellNumber(r, "rate_printed_pct");
  const recomputed = (r: ProductRow) => cellNumber(r, "rate_recomputed_pct");
  const mismatch = (r: ProductRow) => cellText(r, "rate_check") === "mismatch";
  const money = (v: number | null) => (v === null ? NONE : formatKrwShort(v, lang));
  const pct = (v: number | null) => (v === null ? NONE : formatPercent(v, lang, 1));
  /** "-" printed means none; nothing printed means the document has no figure (e.g. a plan year). */
  const missing = (printed: string) =>
    printed.trim() === "-"
      ? tr(lang, `없음(${NONE})`, `none (${NONE})`)
      : tr(lang, "자료 없음", "no figure");

  const districts = firstSeen(rows, code);
  const sorted = [...rows].sort(
    (a, b) =>
      districts.indexOf(code(a)) - districts.indexOf(code(b)) || period(a).localeCompare(period(b)),
  );

  const rateNote = (r: ProductRow): string | undefined => {
    const p = printedRate(r);
    const q = recomputed(r);
    if (p === null && q === null) return undefined;
    const printed = p === null ? NONE : pct(p);
    const again = q === null ? NONE : pct(q);
    return mismatch(r)
      ? tr(
          lang,
          `달성률: 인쇄 ${printed} ≠ 재계산 ${again} (불일치)`,
          `Rate: printed ${printed} ≠ recomputed ${again} (mismatch)`,
        )
      : tr(
          lang,
          `달성률: 인쇄 ${printed} · 재계산 ${again}`,
          `Rate: printed ${printed} · recomputed ${again}`,
        );
  };

  const chartRows: Row[] = districts.flatMap((d) => {
    const ofDistrict = sorted.filter((r) => code(r) === d);
    const emphasis =
      highlight !== undefined && cellText(ofDistrict[0]!, "district_slug") === highlight;
    return [
      { key: `h|${d}`, heading: name(ofDistrict[0]!) },
      ...ofDistrict.flatMap((r): Row[] => {
        const k = `${d}|${period(r)}|${cellText(r, "source_id")}`;
        const tv = target(r);
        const av = actual(r);
        const note = rateNote(r);
        return [
          {
            key: `${k}|target`,
            label: formatPeriod(period(r), lang),
            segments: tv === null ? [] : [{ x1: 0, x2: tv, fill: TARGET, outline: true }],
            value: tr(
              lang,
              `목표 ${tv === null ? missing(cellText(r, "target_printed")) : money(tv)}`,
              `target ${tv === null ? missing(cellText(r, "target_printed")) : money(tv)}`,
            ),
            emphasis,
          },
          {
            key: `${k}|actual`,
            segments: av === null ? [] : [{ x1: 0, x2: av, fill: RESULT }],
            value: tr(
              lang,
              `실적 ${av === null ? missing(cellText(r, "actual_printed")) : money(av)}`,
              `result ${av === null ? missing(cellText(r, "actual_printed")) : money(av)}`,
            ),
            emphasis,
          },
          note === undefined
            ? { key: `${k}|gap`, note: "" }
            : { key: `${k}|rate`, note, strong: mismatch(r) },
        ];
      }),
    ];
  });

  const rated = rows.filter((r) => printedRate(r) !== null && recomputed(r) !== null);
  const wrong = rated.filter(mismatch);
  const mismatchKo = `인쇄된 달성률 ${rated.length}개 가운데 ${wrong.length}개는 실적÷목표로 다시 계산한 값과 맞지 않습니다`;
  const mismatchEn = `${wrong.length} of the ${rated.length} printed achievement rates don't match result ÷ target`;
  let takeaway: string;
  const results = sorted.filter((r) => actual(r) !== null);
  if (districts.length === 1 && results.length >= 2) {
    const a = results[0]!;
    const b = results[results.length - 1]!;
    const up = actual(b)! >= actual(a)!;
    takeaway = tr(
      lang,
      `${name(a)}의 공공구매 실적은 ${formatPeriod(period(a), lang)} ${money(actual(a))}에서 ${formatPeriod(period(b), lang)} ${money(actual(b))}${directionParticle(money(actual(b)))} ${up ? "늘었고" : "줄었고"}, ${mismatchKo}.`,
      `${name(a)}'s purchasing result ${up ? "grew" : "fell"} from ${money(actual(a))} in ${formatPeriod(period(a), lang)} to ${money(actual(b))} in ${formatPeriod(period(b), lang)}, and ${mismatchEn}.`,
    );
  } else {
    takeaway = tr(
      lang,
      `${districts.length}개 자치구에서 ${mismatchKo}.`,
      `Across ${districts.length} districts, ${mismatchEn}.`,
    );
  }

  const described = sorted.map((r) => {
    const note = rateNote(r);
    return tr(
      lang,
      `${name(r)} ${formatPeriod(period(r), lang)} 목표 ${money(target(r))}, 실적 ${money(actual(r))}${note ? `, ${note}` : ""}`,
      `${name(r)} ${formatPeriod(period(r), lang)}: target ${money(target(r))}, result ${money(actual(r))}${note ? `; ${note}` : ""}`,
    );
  });
  const alt = tr(
    lang,
    `가로 막대 그래프: 연도마다 공공구매 목표(테두리 막대)와 실적(채운 막대), 그 아래 인쇄된 달성률과 다시 계산한 달성률. ${described.join("; ")}.`,
    `Horizontal bar chart: for each year, the purchasing target (outlined bar) and result (solid bar), with the printed and recomputed achievement rates below. ${described.join(". ")}.`,
  );

  const unit = tr(lang, "원 (달성률은 %)", "KRW (rates in %)");

  const pageCells = sorted.map((r) => cellText(r, "page"));
  const printedCells = sorted.flatMap((r) => [
    cellText(r, "target_printed"),
    cellText(r, "actual_printed"),
  ]);
  const printed = (r: ProductRow, k: string) => cellText(r, k) || NONE;
  const table = {
    columns: [
      { label: t(lang, "tableDistrict") },
      { label: t(lang, "tablePeriod") },
      { label: tr(lang, "목표", "Target"), numeric: true },
      {
        label: tr(lang, "목표 (인쇄)", "Target (printed)"),
        numeric: true,
        ...koColumn(lang, printedCells),
      },
      { label: tr(lang, "실적", "Result"), numeric: true },
      {
        label: tr(lang, "실적 (인쇄)", "Result (printed)"),
        numeric: true,
        ...koColumn(lang, printedCells),
      },
      { label: tr(lang, "달성률 (인쇄)", "Rate (printed)"), numeric: true },
      { label: tr(lang, "달성률 (재계산)", "Rate (recomputed)"), numeric: true },
      { label: tr(lang, "검증", "Check") },
      { label: t(lang, "tableSource") },
      { label: t(lang, "tablePage"), ...koColumn(lang, pageCells) },
      { label: t(lang, "tableFact") },
    ],
    rows: sorted.map((r) => [
      name(r),
      formatPeriod(period(r), lang),
      target(r) === null ? NONE : formatKrw(target(r)!, lang),
      printed(r, "target_printed"),
      actual(r) === null ? NONE : formatKrw(actual(r)!, lang),
      printed(r, "actual_printed"),
      printed(r, "rate_printed"),
      pct(recomputed(r)),
      cellText(r, "rate_check") === ""
        ? NONE
        : mismatch(r)
          ? tr(lang, "≠ 불일치", "≠ mismatch")
          : tr(lang, "일치", "match"),
      cellText(r, "source_id"),
      cellText(r, "page"),
      ["target_fact_id", "actual_fact_id", "rate_fact_id"]
        .map((k) => cellText(r, k))
        .filter((id) => id !== "")
        .join(" · "),
    ]),
  };

  const svg = rowChart({
    id: "purchasing",
    lang,
    width,
    title: tr(
      lang,
      "사회적경제제품 공공구매 목표와 실적",
      "Public purchasing of social-economy products: target and result",
    ),
    description: alt,
    rows: chartRows,
    xLabel: tr(lang, "금액 (원)", "Amount (KRW)"),
    tickFormat: (v) => formatKrwShort(v, lang),
    legend: [
      { label: tr(lang, "목표", "Target"), fill: TARGET, outline: true },
      { label: tr(lang, "실적", "Result"), fill: RESULT },
    ],
  });

  return { svg, alt, takeaway, unit, table };
};
