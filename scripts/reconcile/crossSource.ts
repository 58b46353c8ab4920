/**
 * Two sources' figures for the same district, period, measure, status, funder
 * and category (or categories declared equivalent): do they agree, and by how
 * much do they differ? Figures for different periods are a series, never
 * compared. In each pair the official document comes first, then the earlier
 * source, so the pair (and its difference) does not depend on input order.
 */
import type { SourceKind } from "../../contract/enums.ts";
import type { Fact, Source } from "../../contract/model.ts";
import type { Check } from "../../contract/check.ts";
import { OFFICIAL_KINDS } from "../../contract/enums.ts";
import { about, finish, stable } from "./checkBase.ts";
import { amountEn, amountKo, asPrinted, pageRef } from "./explainText.ts";
import { overlaps, rangeOf } from "./precision.ts";
import type { EquivalenceInput, Equivalences } from "./equivalences.ts";

const sameThing = (f: Fact) =>
  [f.district_code, f.period_start, f.period_end, f.measure, f.status, f.funder_key, f.unit].join(
    "\u0000",
  );

function pairOrder(sources: ReadonlyMap<string, Source>) {
  const rank = (f: Fact) => (OFFICIAL_KINDS.includes(f.source_kind) ? 0 : 1);
  const date = (f: Fact) => sources.get(f.source_id)?.date ?? "";
  return (a: Fact, b: Fact) =>
    rank(a) - rank(b) ||
    (date(a) < date(b) ? -1 : date(a) > date(b) ? 1 : 0) ||
    (a.source_id < b.source_id ? -1 : a.source_id > b.source_id ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function compare(
  a: Fact,
  b: Fact,
  half: (f: Fact) => number,
  sources: ReadonlyMap<string, Source>,
  via: EquivalenceInput | undefined,
): Check {
  const head = {
    ...about(a, "cross_source", `cross_source:${a.id}:${b.id}`),
    other_fact_id: b.id,
    other_source_id: b.source_id,
    other_value_printed: b.value_printed,
    other_unit_printed: b.unit_printed,
    other_page: b.page,
    inputs: b.id,
  };
  const KIND_KO: Record<SourceKind, string> = {
    "official-document": "문서",
    "official-statistic": "통계",
    "press-release": "보도자료",
    "news-report": "기사",
    blog: "블로그",
  };
  const title = (f: Fact) => {
    const s = sources.get(f.source_id);
    return s ? `${s.publisher_ko} ${KIND_KO[s.kind]}(${s.date})` : f.source_id;
  };
  const saidEn = `${a.source_id}${pageRef(a.page)} prints ${asPrinted(a)}; ${b.source_id}${pageRef(b.page)} prints ${asPrinted(b)}.`;
  const saidKo = `${title(a)}에 적힌 값은 ${asPrinted(a)}, ${title(b)}에 적힌 값은 ${asPrinted(b)}입니다.`;
  const viaEn = via
    ? ` Compared as the same category through data/equivalences.csv line ${via.line}.`
    : "";
  const viaKo = via ? " 두 분류는 같은 것으로 보고 비교했습니다 (`data/equivalences.csv`)." : "";
  if (a.value === null || b.value === null) {
    const both = a.value === null && b.value === null;
    return finish({
      ...head,
      computed: b.value,
      difference: null,
      verdict: both ? "match" : "mismatch",
      explanation_en: `${saidEn} ${both ? "Both print none." : "One prints none, the other a figure."}${viaEn}`,
      explanation_ko: `${saidKo} ${both ? "둘 다 없음입니다." : "한쪽은 없음, 다른 쪽은 값이 있습니다."}${viaKo}`,
    });
  }
  const difference = stable(a.value - b.value);
  const en = amountEn(Math.abs(difference), a.unit);
  const ko = amountKo(Math.abs(difference), a.unit, a.unit_printed);
  const base = { ...head, computed: b.value, difference };
  if (difference === 0) {
    return finish({
      ...base,
      verdict: "match",
      explanation_en: `${saidEn} They agree.${viaEn}`,
      explanation_ko: `${saidKo} 두 출처의 값이 같습니다.${viaKo}`,
    });
  }
  const qualified = [a, b].filter((f) => f.qualifier !== "");
  if (qualified.length > 0) {
    return finish({
      ...base,
      verdict: "approximate",
      explanation_en: `${saidEn} They differ by ${en}, but ${qualified.map((f) => f.id).join(" and ")} is printed as an approximation or a bound, so they are not compared as exact.${viaEn}`,
      explanation_ko: `${saidKo} 차이는 ${ko}이지만, 어림값이나 한계값(약·여·이상 등)으로 적힌 값이라 정확한 값으로 비교하지 않습니다.${viaKo}`,
    });
  }
  if (overlaps(rangeOf(a.value, half(a)), rangeOf(b.value, half(b)))) {
    return finish({
      ...base,
      verdict: "within_rounding",
      explanation_en: `${saidEn} They differ by ${en}, no more than rounding to the printed precision explains.${viaEn}`,
      explanation_ko: `${saidKo} 차이 ${ko}는 반올림으로 생길 수 있는 범위 안입니다.${viaKo}`,
    });
  }
  const dates = [a, b].map((f) => sources.get(f.source_id)?.date ?? "");
  const datesEn =
    dates[0] !== dates[1] ? ` The sources are dated ${dates[0]} and ${dates[1]}.` : "";
  const datesKo = dates[0] !== dates[1] ? ` 두 출처의 날짜는 ${dates[0]}, ${dates[1]}입니다.` : "";
  return finish({
    ...base,
    verdict: "mismatch",
    explanation_en: `${saidEn} They disagree by ${en}.${datesEn}${viaEn}`,
    explanation_ko: `${saidKo} 두 출처의 값이 ${ko}만큼 다릅니다.${datesKo}${viaKo}`,
  });
}

export function crossSourceChecks(
  facts: readonly Fact[],
  half: (f: Fact) => number,
  sources: ReadonlyMap<string, Source>,
  equivalences: Pick<Equivalences, "rowsFor">,
  used: Set<EquivalenceInput>,
): Check[] {
  // The same thing, then the category key within it.
  const things = new Map<string, Map<string, Fact[]>>();
  for (const f of facts) {
    const thing = things.get(sameThing(f)) ?? new Map<string, Fact[]>();
    things.set(sameThing(f), thing);
    const list = thing.get(f.category_key) ?? [];
    list.push(f);
    thing.set(f.category_key, list);
  }
  const order = pairOrder(sources);
  const checks: Check[] = [];
  const pairs = (
    list: readonly Fact[],
    via?: EquivalenceInput,
    across?: (a: Fact, b: Fact) => boolean,
  ) => {
    const sorted = [...list].sort(order);
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const a = sorted[i]!;
        const b = sorted[j]!;
        if (a.source_id === b.source_id || (across && !across(a, b))) continue;
        if (via) used.add(via);
        checks.push(compare(a, b, half, sources, via));
      }
    }
  };
  for (const thing of things.values()) {
    for (const list of thing.values()) if (list.length > 1) pairs(list);
    if (thing.size < 2) continue;
    const measure = thing.values().next().value![0]!.measure;
    for (const row of equivalences.rowsFor(measure)) {
      const a = thing.get(row.record.category);
      const b = thing.get(row.record.same_as);
      if (a && b) pairs([...a, ...b], row, (x, y) => x.category_key !== y.category_key);
    }
  }
  return checks.sort((x, y) => (x.check_id < y.check_id ? -1 : x.check_id > y.check_id ? 1 : 0));
}
