/**
 * Enterprises by type in Seoul and the north-east districts at one date, from
 * one table: for each type, one bar per place, as enterprises per 10,000
 * residents (so Seoul as a whole sits on the same axis as a benchmark), with
 * the count and the rate written at the bar's end.
 */
import { t } from "../i18n/index.ts";
import { cellNumber, cellText, type ProductRow } from "../data/products.ts";
import { formatCount, formatNumber, formatPercent, formatPeriod } from "../lib/format.ts";
import type { ChartBuilder } from "./types.ts";
import { NONE, OKABE_ITO, koColumn, rowChart, subjectParticle, tr, type Row } from "./render.ts";

const SEOUL = "11000";

interface Place {
  code: string;
  slug: string;
  name: string;
  count: number;
  population: number | null;
}

export const enterprisesNortheast2017: ChartBuilder = (rows, { lang, highlight, width }) => {
  const name = (r: ProductRow) => cellText(r, lang === "ko" ? "district_ko" : "district_en");
  const typeName = (r: ProductRow) => cellText(r, lang === "ko" ? "type_ko" : "type_en");
  const types = [...new Set(rows.map((r) => cellText(r, "type_key")))];
  const dates = [...new Set(rows.map((r) => cellText(r, "period")))].sort();
  const popDates = [
    ...new Set(rows.map((r) => cellText(r, "population_period")).filter((p) => p)),
  ].sort();
  const date = dates.map((d) => formatPeriod(d, lang)).join(", ");

  // Totals over the types drawn, per place (the printed total may include other types).
  const places = new Map<string, Place>();
  for (const r of rows) {
    const code = cellText(r, "district_code");
    const p = places.get(code) ?? {
      code,
      slug: cellText(r, "district_slug"),
      name: name(r),
      count: 0,
      population: cellNumber(r, "population"),
    };
    p.count += cellNumber(r, "count") ?? 0;
    places.set(code, p);
  }
  const per10k = (p: Place) => (p.population ? (p.count / p.population) * 10000 : null);

  const count = (r: ProductRow) => cellNumber(r, "count");
  const rate = (r: ProductRow) => cellNumber(r, "per_10k_residents");
  const valueText = (r: ProductRow) => {
    const c = count(r);
    const p = rate(r);
    const countText = c === null ? NONE : formatCount(c, lang);
    const rateText =
      p === null
        ? tr(lang, "인구 자료 없음", "no population figure")
        : tr(lang, `1만 명당 ${formatNumber(p, lang, 2)}`, `${formatNumber(p, lang, 2)} per 10k`);
    return `${countText} · ${rateText}`;
  };

  const chartRows: Row[] = types.flatMap((type) => {
    const ofType = rows.filter((r) => cellText(r, "type_key") === type);
    return [
      { key: `h|${type}`, heading: typeName(ofType[0]!) },
      ...ofType.map((r): Row => {
        const p = rate(r);
        const seoul = cellText(r, "district_code") === SEOUL;
        return {
          key: `${type}|${cellText(r, "district_code")}`,
          label: name(r),
          segments:
            p === null
              ? []
              : [{ x1: 0, x2: p, fill: seoul ? OKABE_ITO.orange : OKABE_ITO.blue, outline: seoul }],
          value: valueText(r),
          emphasis: highlight !== undefined && cellText(r, "district_slug") === highlight,
        };
      }),
    ];
  });

  const districts = [...places.values()].filter((p) => p.code !== SEOUL);
  const seoul = places.get(SEOUL);
  const withRate = districts.filter((p) => per10k(p) !== null);
  const top = withRate.reduce<Place | undefined>(
    (best, p) => (best === undefined || per10k(p)! > per10k(best)! ? p : best),
    undefined,
  );
  const n = types.length;
  const f2 = (v: number | null) => (v === null ? NONE : formatNumber(v, lang, 2));
  let takeaway: string;
  if (top === undefined) {
    takeaway = tr(
      lang,
      `${date} 기준 ${n}개 유형의 기업 수입니다 (인구 자료가 없어 주민 1만 명당 수는 계산하지 않았습니다).`,
      `Counts of ${n} types as of ${date} (no population figures, so no per-resident rates).`,
    );
  } else {
    const seoulRate = seoul ? per10k(seoul) : null;
    const lead = `${date} 기준 ${n}개 유형을 합하면 ${districts.length}개 자치구 가운데 ${top.name}${subjectParticle(top.name)} 주민 1만 명당 ${f2(per10k(top))}개로 가장`;
    takeaway = tr(
      lang,
      seoulRate === null
        ? `${lead} 많습니다.`
        : `${lead} 많고, 서울 전체는 ${f2(seoulRate)}개입니다.`,
      `As of ${date}, adding up the ${n} types, ${top.name} has the most of the ${districts.length} districts with ${f2(per10k(top))} per 10,000 residents${seoulRate === null ? "" : `, against ${f2(seoulRate)} for Seoul as a whole`}.`,
    );
  }

  const totalsText = [...places.values()]
    .map((p) =>
      tr(
        lang,
        `${p.name} ${formatCount(p.count, lang)}(1만 명당 ${f2(per10k(p))})`,
        `${p.name} ${formatNumber(p.count, lang)} (${f2(per10k(p))} per 10k)`,
      ),
    )
    .join(", ");
  const typeList = types
    .map((k) => typeName(rows.find((r) => cellText(r, "type_key") === k)!))
    .join(", ");
  const alt = tr(
    lang,
    `가로 막대 그래프: ${typeList} ${n}개 유형마다 ${[...places.values()].map((p) => p.name).join(", ")}의 주민 1만 명당 기업 수를 막대로 그리고, 기업 수와 1만 명당 수를 숫자로 적었습니다 (서울 전체는 테두리 막대). ${n}개 유형 합계: ${totalsText}.`,
    `Horizontal bar chart: for each of ${n} types (${typeList}), one bar per place (${[...places.values()].map((p) => p.name).join(", ")}) showing enterprises per 10,000 residents, labelled with the count and the rate (Seoul as a whole as an outlined bar). Totals of the ${n} types: ${totalsText}.`,
  );

  const popDate = popDates.map((d) => formatPeriod(d, lang)).join(", ");
  const unit = tr(
    lang,
    `주민 1만 명당 개 (기업 수는 ${date}, 인구는 ${popDate} 기준)`,
    `enterprises per 10,000 residents (counts as of ${date}; population as of ${popDate})`,
  );

  const typeCells = rows.map(typeName);
  const pageCells = rows.map((r) => cellText(r, "page"));
  const table = {
    columns: [
      { label: t(lang, "tableDistrict") },
      { label: tr(lang, "유형", "Type"), ...koColumn(lang, typeCells) },
      { label: tr(lang, "기업 수 (개)", "Enterprises"), numeric: true },
      { label: tr(lang, "주민등록인구 (명)", "Registered population"), numeric: true },
      { label: tr(lang, "주민 1만 명당", "Per 10,000 residents"), numeric: true },
      { label: tr(lang, "서울 대비 비중", "Share of Seoul"), numeric: true },
      { label: t(lang, "figureDateNote") },
      { label: tr(lang, "인구 기준일", "Population date") },
      { label: t(lang, "tableSource") },
      { label: t(lang, "tablePage"), ...koColumn(lang, pageCells) },
      { label: t(lang, "tableFact") },
    ],
    rows: rows.map((r) => {
      const num = (k: string, digits = 0) => {
        const v = cellNumber(r, k);
        return v === null ? NONE : formatNumber(v, lang, digits);
      };
      const share = cellNumber(r, "share_of_seoul_pct");
      return [
        name(r),
        typeName(r),
        num("count"),
        num("population"),
        num("per_10k_residents", 2),
        share === null ? NONE : formatPercent(share, lang, 1),
        formatPeriod(cellText(r, "period"), lang),
        cellText(r, "population_period")
          ? formatPeriod(cellText(r, "population_period"), lang)
          : NONE,
        cellText(r, "source_id"),
        cellText(r, "page"),
        cellText(r, "fact_id"),
      ];
    }),
  };

  const svg = rowChart({
    id: "enterprises-northeast-2017",
    lang,
    width,
    title: tr(
      lang,
      `유형별 사회적경제기업, 주민 1만 명당 (${date})`,
      `Social-economy enterprises by type, per 10,000 residents (${date})`,
    ),
    description: alt,
    rows: chartRows,
    xLabel: tr(lang, "주민 1만 명당 기업 수", "Enterprises per 10,000 residents"),
    tickFormat: (v) => formatNumber(v, lang, 1),
    legend: [
      { label: tr(lang, "자치구", "District"), fill: OKABE_ITO.blue },
      {
        label: tr(lang, "서울 전체 (비교 기준)", "Seoul as a whole (benchmark)"),
        fill: OKABE_ITO.orange,
        outline: true,
      },
    ],
  });

  return { svg, alt, takeaway, unit, table };
};
