/**
 * Seoul's special-zone programme: planned (outlined) and executed (solid)
 * amounts per year. A printed "-" is drawn as no bar and written "없음(–)",
 * never as zero. All rows are Seoul as a whole, so `highlight` has nothing to
 * emphasise here.
 */
import { t } from "../i18n/index.ts";
import { cellNumber, cellText, type ProductRow } from "../data/products.ts";
import { formatKrw, formatKrwShort, formatPeriod } from "../lib/format.ts";
import type { ChartBuilder } from "./types.ts";
import {
  NONE,
  OKABE_ITO,
  directionParticle,
  firstSeen,
  koColumn,
  listJoin,
  rowChart,
  tr,
  type Row,
} from "./render.ts";

const PLAN = OKABE_ITO.blue;
const EXECUTED = OKABE_ITO.green;

export const specialZoneBudget: ChartBuilder = (rows, { lang, width }) => {
  const period = (r: ProductRow) => cellText(r, "period");
  const year = (r: ProductRow) => String(cellNumber(r, "year") ?? period(r));
  const status = (r: ProductRow) => cellText(r, "status");
  const value = (r: ProductRow) => cellNumber(r, "value_krw");
  const money = (v: number | null) => (v === null ? NONE : formatKrwShort(v, lang));
  const statusName = (s: string) =>
    s === "actual" ? tr(lang, "집행", "executed") : s === "plan" ? tr(lang, "계획", "planned") : s;
  const amount = (r: ProductRow | undefined) => {
    if (r === undefined) return tr(lang, "자료 없음", "no figure");
    const v = value(r);
    if (v !== null) return money(v);
    return cellText(r, "value_printed").trim() === "-"
      ? tr(lang, `없음(${NONE})`, `none (${NONE})`)
      : tr(lang, "자료 없음", "no figure");
  };

  const periods = firstSeen(rows, period).sort();
  const find = (p: string, s: string) => rows.find((r) => period(r) === p && status(r) === s);

  const chartRows: Row[] = periods.flatMap((p): Row[] => {
    const plan = find(p, "plan");
    const done = find(p, "actual");
    const any = (plan ?? done)!;
    const label = formatPeriod(year(any), lang);
    const whole = period(any) === year(any);
    const bar = (r: ProductRow | undefined, s: string, fill: string, outline: boolean): Row => ({
      key: `${p}|${s}`,
      segments: r && value(r) !== null ? [{ x1: 0, x2: value(r)!, fill, outline }] : [],
      value: `${statusName(s)} ${amount(r)}`,
    });
    return [
      { ...bar(plan, "plan", PLAN, true), label },
      bar(done, "actual", EXECUTED, false),
      {
        key: `${p}|note`,
        note: whole
          ? ""
          : tr(lang, `기간: ${formatPeriod(p, lang)}`, `Period: ${formatPeriod(p, lang)}`),
      },
    ];
  });

  const plans = rows
    .filter((r) => status(r) === "plan" && value(r) !== null)
    .sort((a, b) => period(a).localeCompare(period(b)));
  const executed = rows.filter((r) => status(r) === "actual" && value(r) !== null);
  const executedYears = firstSeen(executed, year).sort();
  const emptyYears = periods.filter((p) => !executed.some((r) => period(r) === p));
  const yearsKo = executedYears.map((y) => `${y}년`).join("·");
  let takeaway: string;
  if (plans.length >= 2) {
    const a = plans[0]!;
    const b = plans[plans.length - 1]!;
    const up = value(b)! >= value(a)!;
    const tailKo =
      executedYears.length === 0
        ? "집행액은 한 해도 인쇄되지 않았습니다"
        : emptyYears.length === 0
          ? `집행액은 모든 해에 인쇄되어 있습니다`
          : `집행액이 인쇄된 해는 ${yearsKo}뿐이고 나머지는 “-”(없음)입니다`;
    const tailEn =
      executedYears.length === 0
        ? "no executed amount is printed for any year"
        : emptyYears.length === 0
          ? "executed amounts are printed for every year"
          : `executed amounts are printed only for ${listJoin(executedYears, lang)}; the other years show “-” (none)`;
    takeaway = tr(
      lang,
      `서울시 특구 사업비 계획은 ${formatPeriod(period(a), lang)} ${money(value(a))}에서 ${formatPeriod(period(b), lang)} ${money(value(b))}${directionParticle(money(value(b)))} ${up ? "늘었지만" : "줄었고"}, ${tailKo}.`,
      `Seoul's planned special-zone spending ${up ? "rose" : "fell"} from ${money(value(a))} in ${formatPeriod(period(a), lang)} to ${money(value(b))} in ${formatPeriod(period(b), lang)}, but ${tailEn}.`,
    );
  } else {
    takeaway = executedYears.length
      ? tr(
          lang,
          `집행액이 인쇄된 해는 ${yearsKo}입니다.`,
          `Executed amounts are printed for ${listJoin(executedYears, lang)} only.`,
        )
      : tr(lang, "집행액은 한 해도 인쇄되지 않았습니다.", "No executed amount is printed.");
  }

  const described = periods.map((p) =>
    tr(
      lang,
      `${formatPeriod(p, lang)} 계획 ${amount(find(p, "plan"))}, 집행 ${amount(find(p, "actual"))}`,
      `${formatPeriod(p, lang)}: planned ${amount(find(p, "plan"))}, executed ${amount(find(p, "actual"))}`,
    ),
  );
  const alt = tr(
    lang,
    `가로 막대 그래프: 서울시 사회적경제 특구 사업비의 연도별 계획(테두리 막대)과 집행(채운 막대). “-”로 인쇄된 해는 막대 없이 “없음”으로 적었습니다. ${described.join("; ")}.`,
    `Horizontal bar chart of Seoul's social-economy special-zone budget by year: planned (outlined bar) and executed (solid bar). Years printed as “-” have no bar and read “none”. ${described.join("; ")}.`,
  );

  const unit = tr(lang, "원", "KRW");

  const sorted = [...rows].sort(
    (a, b) => period(a).localeCompare(period(b)) || status(b).localeCompare(status(a)),
  );
  const captionCells = sorted.map((r) => cellText(r, "caption"));
  const printedCells = sorted.map((r) =>
    `${cellText(r, "value_printed")} ${cellText(r, "unit_printed")}`.trim(),
  );
  const table = {
    columns: [
      { label: t(lang, "tablePeriod") },
      { label: tr(lang, "구분", "Status") },
      { label: tr(lang, "금액", "Amount"), numeric: true },
      {
        label: tr(lang, "인쇄된 값", "As printed"),
        numeric: true,
        ...koColumn(lang, printedCells),
      },
      { label: tr(lang, "표 제목", "Table caption"), ...koColumn(lang, captionCells) },
      { label: t(lang, "tableSource") },
      { label: t(lang, "tablePage") },
      { label: t(lang, "tableFact") },
    ],
    rows: sorted.map((r, i) => [
      formatPeriod(period(r), lang),
      statusName(status(r)),
      value(r) === null ? amount(r) : formatKrw(value(r)!, lang),
      printedCells[i] || NONE,
      cellText(r, "caption"),
      cellText(r, "source_id"),
      cellText(r, "page"),
      cellText(r, "fact_id"),
    ]),
  };

  const svg = rowChart({
    id: "special-zone-budget",
    lang,
    width,
    title: tr(
      lang,
      "서울시 사회적경제 특구 사업비: 계획과 집행",
      "Seoul's social-economy special-zone budget: planned and executed",
    ),
    description: alt,
    rows: chartRows,
    xLabel: tr(lang, "금액 (원)", "Amount (KRW)"),
    tickFormat: (v) => formatKrwShort(v, lang),
    legend: [
      { label: tr(lang, "계획", "Planned"), fill: PLAN, outline: true },
      { label: tr(lang, "집행", "Executed"), fill: EXECUTED },
    ],
  });

  return { svg, alt, takeaway, unit, table };
};
