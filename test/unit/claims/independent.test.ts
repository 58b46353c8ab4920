/**
 * claims.csv re-derived without the claim builder: the pipeline is run into
 * memory and only its published CSVs are read (see ./verify.ts). A doctored
 * claim must fail, so the check is known to bite.
 */
import { describe, expect, test } from "vitest";
import Papa from "papaparse";
import { runPipeline } from "../../../scripts/pipeline.ts";
import { GOOD } from "../support/pipeline.ts";
import { CHART_IDS } from "../../../contract/charts.ts";
import { chartClaimId, type ClaimComparison, type ClaimValue } from "../../../contract/claims.ts";
import { verifyClaims, type Published } from "./verify.ts";
import { deriver, parse } from "./derive.ts";

function published(dir: string): Published {
  const { files } = runPipeline(dir);
  const text = (name: string) => String(files.get(name) ?? "");
  const charts = [...files.keys()]
    .filter((k) => /^charts\/[^/]+\.csv$/.test(k))
    .map((k) => [k.slice("charts/".length, -".csv".length), text(k)] as const);
  return {
    claims: text("claims.csv"),
    facts: text("facts.csv"),
    reconciliation: text("reconciliation.csv"),
    sources: text("sources.csv"),
    charts: Object.fromEntries(charts),
  };
}

type Row = Record<string, string>;
/** The published claims with one row changed. */
function doctor(files: Published, id: string, change: (r: Row) => void): Published {
  const rows = Papa.parse<Row>(files.claims, { header: true, skipEmptyLines: true }).data;
  const row = rows.find((r) => r.claim_id === id);
  if (!row) throw new Error(`no claim ${id}`);
  change(row);
  return { ...files, claims: Papa.unparse(rows) };
}

describe("every claim of the real data is true", () => {
  const files = published("data");
  const ids = Papa.parse<Row>(files.claims, { header: true, skipEmptyLines: true }).data.map(
    (r) => r.claim_id,
  );

  test("there are claims for the home page, the index, every district and about", () => {
    expect(ids).toContain("home-purchasing-seongbuk");
    expect(ids).toContain("districts-coverage");
    expect(
      ids.filter(
        (i) => i!.endsWith("-missing") || i!.endsWith("-enterprises") || i!.endsWith("-types"),
      ).length,
    ).toBeGreaterThanOrEqual(25);
    expect(ids).toContain("about-coverage");
  });

  test("re-derived numbers, words and dates all agree", () => {
    expect(verifyClaims(files)).toEqual([]);
  });

  test("the Seongbuk purchasing headline is Seongbuk's own official series", () => {
    const row = Papa.parse<Row>(files.claims, { header: true }).data.find(
      (r) => r.claim_id === "home-purchasing-seongbuk",
    )!;
    expect(row.text_ko).toBe(
      "성북구의 사회적경제제품 공공구매 실적은 2011년 5억 9,000만 원에서 2016년 50억 원으로 늘었습니다 (공식 문서).",
    );
  });

  describe("a doctored claim fails", () => {
    const cases: [string, string, (r: Row) => void, RegExp][] = [
      [
        "a number in the text",
        "home-purchasing-seongbuk",
        (r) => (r.text_ko = r.text_ko!.replace("50억 원", "27억 원")),
        /does not state "50억 원"/,
      ],
      [
        "a value",
        "district-seongbuk-enterprises",
        (r) => (r.values = r.values!.replace('"value":131', '"value":130')),
        /count is 130/,
      ],
      [
        "a comparison word",
        "home-purchasing-seongbuk",
        (r) => {
          r.comparisons = r.comparisons!.replace("rose", "fell");
          r.text_ko = r.text_ko!.replace("늘었습니다", "줄었습니다");
          r.text_en = r.text_en!.replace("rose", "fell");
        },
        /says fell, the facts say rose/,
      ],
      [
        "another district's fact",
        "home-purchasing-seongbuk",
        (r) => (r.values = r.values!.replace("seongbuk-plan-2017-014", "news-purchasing-016")),
        /toValue is 5000000000, but fact:news-purchasing-016 gives 2700000000/,
      ],
      [
        "a dropped qualifier",
        "district-seongbuk-enterprises",
        (r) => (r.values = r.values!.replace('"qualifier":""', '"qualifier":"approximate"')),
        /qualifier "approximate"/,
      ],
      [
        "a stray number",
        "home-checks",
        (r) => (r.text_en = `${r.text_en} Since 2011.`),
        /a number no value accounts for/,
      ],
      [
        "a rank",
        "district-gangbuk-rank",
        (r) => (r.values = r.values!.replace('"value":3,"unit":"rank"', '"value":1,"unit":"rank"')),
        /rank is 1/,
      ],
    ];
    test.each(cases)("%s", (_, id, change, message) => {
      const problems = verifyClaims(doctor(files, id, change));
      expect(problems.join("\n")).toMatch(message);
    });
  });
});

describe("every chart's sentences are claims, true of what the chart draws", () => {
  const files = published("data");
  const rows = Papa.parse<Row>(files.claims, { header: true, skipEmptyLines: true }).data;
  const claim = (id: string) => rows.find((r) => r.claim_id === id)!;
  const chartRows = (id: string) =>
    Papa.parse<Row>(files.charts[id]!, { header: true, skipEmptyLines: true }).data;
  const among = (id: string) =>
    (JSON.parse(claim(id).comparisons!) as ClaimComparison[]).flatMap((c) => c.among ?? []);

  test.each(CHART_IDS)("%s has its takeaway and its text alternative", (chart) => {
    for (const part of ["takeaway", "alt"] as const) {
      const c = claim(chartClaimId(chart, part));
      expect(c.scope).toBe("chart");
      expect(c.chart_id).toBe(chart);
      expect(c.text_ko).toMatch(/[가-힣]/);
      // The English takeaway is English; only the alt quotes Korean table captions as printed.
      if (part === "takeaway") expect(c.text_en).not.toMatch(/[가-힣]/);
    }
  });

  test("totals of different dates are not ranked, and the takeaway says to compare with care", () => {
    const c = claim("chart-enterprises-totals-takeaway");
    expect(c.template).toMatch(/^totals-unranked/);
    expect(c.text_ko).toContain("순위를 매기지 않았");
    expect(c.text_ko).toContain("비교에 주의하세요");
    expect(c.text_en).toContain("compare with care");
  });

  test("the latest total is the latest of every total drawn, Seoul's too", () => {
    const drawn = chartRows("enterprises-totals").map((r) => `fact:${r.fact_id}`);
    expect([...among("chart-enterprises-totals-takeaway")].sort()).toEqual([...drawn].sort());
  });

  test("the latest purchasing result is the latest of every result drawn", () => {
    const results = chartRows("purchasing-series")
      .filter((r) => r.status === "actual" && r.value !== "")
      .map((r) => `fact:${r.fact_id}`);
    expect([...among("chart-purchasing-series-takeaway")].sort()).toEqual([...results].sort());
  });

  test("the north-east district with the most is chosen among all four districts", () => {
    const districts = new Set(
      chartRows("enterprises-northeast-2017")
        .filter((r) => r.district_code !== "11000")
        .map((r) => r.district_code),
    );
    const pops = among("chart-enterprises-northeast-2017-takeaway").map((x) => x.split("/")[1]);
    expect(pops).toHaveLength(districts.size);
  });

  describe("the totals per 10,000 residents", () => {
    const facts = new Map(parse(files.facts).map((f) => [f.fact_id!, f]));
    const num = (f: Row) => Number(f.value_implied !== "" ? f.value_implied : f.value);
    const per10k = chartRows("enterprises-totals-per-10k");
    const totals = chartRows("enterprises-totals");
    const DAY = 86_400_000;

    test("each figure is facts.csv's count ÷ its population × 10,000, a population of the same place within a year", () => {
      expect(per10k.length).toBeGreaterThan(0);
      for (const r of per10k) {
        const count = facts.get(r.fact_id!)!;
        const pop = facts.get(r.population_fact_id!)!;
        expect(pop.measure, r.fact_id).toBe("population");
        expect(pop.category_key, r.fact_id).toBe("population_total");
        expect(pop.district_code, r.fact_id).toBe(r.district_code);
        expect(pop.period, r.fact_id).toBe(r.population_period);
        expect(Number(r.population), r.fact_id).toBe(num(pop));
        expect(Number(r.count), r.fact_id).toBe(num(count));
        expect(Number(r.per_10k_residents), r.fact_id).toBeCloseTo(
          (num(count) / num(pop)) * 10_000,
          5,
        );
        const gap = Math.abs(Date.parse(pop.period_end!) - Date.parse(count.period_end!)) / DAY;
        expect(gap, r.fact_id).toBeLessThanOrEqual(366);
      }
    });

    test("it draws every total that has a population, and the page names every one it leaves out", () => {
      const kept = per10k.map((r) => r.fact_id);
      const withPop = totals.filter((r) => r.per_10k_residents !== "").map((r) => r.fact_id);
      const without = totals.filter((r) => r.per_10k_residents === "").map((r) => r.fact_id);
      expect(kept).toEqual(withPop);
      const note = claim("compare-enterprises-per-10k-dropped");
      expect(note.fact_ids!.split(" ").sort()).toEqual([...without].sort());
      expect((JSON.parse(note.values!) as ClaimValue[]).find((v) => v.name === "n")?.value).toBe(
        without.length,
      );
      for (const id of without) {
        const f = facts.get(id!)!;
        expect(note.text_ko).toContain(f.district_ko!);
        expect(note.text_en).toContain(f.district_en!);
      }
    });
  });

  test.each([
    ["budgets", "budget-years"],
    ["purchasing", "purchasing-series"],
  ])("the %s page says how few of its figures have a population near their date", (page, chart) => {
    const facts = parse(files.facts);
    // Registered population with foreigners; the Ministry's 2016 figure counts Korean nationals only.
    const pops = facts.filter(
      (f) =>
        f.measure === "population" &&
        f.category_key === "population_total" &&
        f.source_id !== "mois-pop-2016",
    );
    const byId = new Map(facts.map((f) => [f.fact_id!, f]));
    const drawn = chartRows(chart).map((r) => byId.get(r.fact_id!)!);
    const near = drawn.filter((f) =>
      pops.some(
        (p) =>
          p.district_code === f.district_code &&
          Math.abs(Date.parse(p.period_end!) - Date.parse(f.period_end!)) / 86_400_000 <= 366,
      ),
    );
    const note = claim(`compare-${page}-per-10k`);
    const value = (name: string) =>
      (JSON.parse(note.values!) as ClaimValue[]).find((v) => v.name === name)?.value;
    expect(value("n")).toBe(drawn.length);
    expect(value("m")).toBe(near.length);
    expect(near.length).toBeLessThan(drawn.length);
    expect(note.dates).toBe([...new Set(pops.map((p) => p.period))].join(" "));
  });

  describe("a doctored chart sentence fails", () => {
    const json = (r: Row, k: "values" | "comparisons", change: (x: unknown[]) => void) => {
      const list = JSON.parse(r[k]!) as unknown[];
      change(list);
      r[k] = JSON.stringify(list);
    };
    const cases: [string, string, (r: Row) => void, RegExp][] = [
      [
        "another district called the largest",
        "chart-enterprises-northeast-2017-takeaway",
        (r) => {
          const largest = (JSON.parse(r.comparisons!) as ClaimComparison[])[0]!;
          const other = largest.among!.find((x) => !x.endsWith("/population-068"))!;
          json(r, "values", (vs) => {
            const v = (vs as ClaimValue[]).find((x) => x.name === "rate")!;
            v.derivation = other;
            v.value = deriver(files).derive(other).value;
          });
        },
        /says largest, but per10k:.*population-068 is larger/,
      ],
      [
        "an earlier total called the latest",
        "chart-enterprises-totals-takeaway",
        (r) =>
          json(r, "values", (vs) => {
            const v = (vs as ClaimValue[]).find((x) => x.name === "latest")!;
            v.derivation = "fact:ydp-report-2019-067";
            v.value = 258;
          }),
        /says latest, but ydp-report-2019-067 ends/,
      ],
      [
        "a per-resident figure",
        "chart-enterprises-totals-per-10k-alt",
        (r) =>
          json(r, "values", (vs) => {
            const v = (vs as ClaimValue[]).find((x) => x.name === "v1")!;
            v.value = Math.round((v.value + 0.5) * 100) / 100;
          }),
        /v1 is [\d.]+, but per10k:news-enterprises-\d+\/population-028 gives/,
      ],
      [
        "a fact the chart does not draw",
        "chart-budget-years-takeaway",
        (r) => (r.fact_ids = `${r.fact_ids} seongbuk-plan-2017-093`),
        /rests on seongbuk-plan-2017-093, which chart budget-years does not draw/,
      ],
      [
        "a text alternative that leaves a figure out",
        "chart-purchasing-series-alt",
        (r) => (r.fact_ids = r.fact_ids!.replace("news-purchasing-001", "")),
        /leaves out news-purchasing-001/,
      ],
      [
        "a share",
        "chart-budget-by-funder-takeaway",
        (r) => {
          r.values = r.values!.replace('"value":34.7', '"value":43.7');
          r.text_ko = r.text_ko!.replace("34.7%", "43.7%");
          r.text_en = r.text_en!.replace("34.7%", "43.7%");
        },
        /is 43.7, but share:/,
      ],
      [
        "an executed year left out of 'only'",
        "chart-special-zone-budget-takeaway",
        (r) =>
          json(r, "comparisons", (l) => {
            const only = (l as ClaimComparison[]).find((c) => c.word === "only")!;
            only.of = only.of.slice(0, 1);
          }),
        /says only, but seoul-sez-2017-016 has a value too/,
      ],
      [
        "a count of mismatched rates",
        "chart-purchasing-takeaway",
        (r) =>
          json(r, "values", (vs) => {
            (vs as ClaimValue[]).find((x) => x.name === "wrong")!.value = 1;
          }),
        /wrong is 1, but mismatches:/,
      ],
      [
        "a count of points not from official sources",
        "chart-purchasing-series-takeaway",
        (r) =>
          json(r, "values", (vs) => {
            (vs as ClaimValue[]).find((x) => x.name === "others")!.value = 19;
          }),
        /others is 19, but unofficial:/,
      ],
    ];
    test.each(cases)("%s", (_, id, change, message) => {
      expect(verifyClaims(doctor(files, id, change)).join("\n")).toMatch(message);
    });
  });
});

describe("the good fixture's claims are true too", () => {
  test("re-derived", () => {
    expect(verifyClaims(published(GOOD))).toEqual([]);
  });
});
