/**
 * Synthetic input folders that follow the real input contract (data/README.md),
 * for the scaling runs:
 * - pipelineInput: N fact rows spread over the 25 real districts and a few
 *   sources, printed the way the documents print ("1,234", "5억9천", "△ 12",
 *   "-", "86%"), with printed totals (part_of) and rates (computed_as) so that
 *   reconciliation has work to do.
 * - siteInput: the real data plus synthetic districts (each with enterprise
 *   counts, budgets, purchasing and population), so every real page still has
 *   what it expects and the district pages multiply.
 */
import {
  closeSync,
  cpSync,
  mkdirSync,
  openSync,
  readFileSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";

/** Only codes 11000–11999 fit the contract's /^11\d{3}$/, and 11000 is Seoul as a whole. */
export const MAX_DISTRICTS = 999;

const FACT_HEADER =
  "id,district,period,measure,category,funder,status,value_printed,unit_printed,is_total,part_of,computed_as,source_id,page,caption,note";

function cell(v: string | number | boolean): string {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
const line = (cells: (string | number | boolean)[]) => cells.map(cell).join(",") + "\n";

/** A small deterministic random generator (the same input every run). */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** "1,234" */
const commas = (n: number) => n.toLocaleString("en-US");

/** An amount of 백만원 printed in Korean number words, in won: 590 → "5억9천", 1200 → "12억". */
function wonWords(millions: number): string {
  const eok = Math.floor(millions / 100);
  const rest = millions % 100; // in 백만원 = units of 100만
  if (eok === 0) return `${rest * 100}만`;
  if (rest === 0) return `${eok}억`;
  if (rest % 10 === 0) return `${eok}억${rest / 10}천`;
  return `${eok}억${rest * 100}만`;
}

/** Buffered writer for large CSV files. */
function writer(path: string, header: string) {
  const fd = openSync(path, "w");
  let buffer = header + "\n";
  return {
    write(text: string) {
      buffer += text;
      if (buffer.length > 1 << 20) {
        writeSync(fd, buffer);
        buffer = "";
      }
    },
    close() {
      writeSync(fd, buffer);
      closeSync(fd);
    },
  };
}

interface DistrictForm {
  forms: string[];
}

function realDistricts(realData: string): DistrictForm[] {
  const parsed = Papa.parse<Record<string, string>>(
    readFileSync(join(realData, "districts.csv"), "utf8").replace(/^\uFEFF/, ""),
    { header: true, skipEmptyLines: true },
  );
  // Seoul as a whole is included: the real data has city-wide counts, and the
  // pipeline fails without any (arquero: Invalid column reference "").
  return parsed.data.map((d) => ({ forms: [d.name_ko!, d.code!, d.slug!, d.name_en!] }));
}

const MEASURES = `id,name_ko,name_en,kind,description_ko,description_en
enterprises,사회적경제기업 수,Social-economy enterprises,count,유형별 기업 수.,Number of social-economy enterprises of a type.
budget,예산,Budget,money,사업별 예산.,Money planned or spent on a programme.
budget_change,예산 증감,Budget change,money,두 예산의 차이.,A printed difference between two budget lines.
purchasing,사회적경제제품 공공구매액,Public purchasing of social-economy products,money,목표와 실적.,Targets and results.
purchasing_rate,공공구매 달성률,Public-purchasing achievement rate,rate,목표 대비 실적.,Result as a percentage of the target.
population,주민등록인구,Registered population,count,주민등록인구.,Resident registration population.
`;

const TYPES = ["인증사회적기업", "예비사회적기업", "마을기업", "협동조합", "자활기업"];
const PROGRAMME = "사회적경제 활성화 지원";
const PURCHASING = "사회적경제제품 공공구매";
const FUNDERS = ["국비", "시비", "구비"];

const LABELS = `label,key,name_ko,name_en
계,all,계,Total
인증사회적기업,social_enterprise,인증사회적기업,Certified social enterprises
예비사회적기업,preliminary_social_enterprise,예비사회적기업,Preliminary social enterprises
마을기업,village_enterprise,마을기업,Village enterprises
협동조합,cooperative,협동조합,Cooperatives (all kinds)
자활기업,self_sufficiency_enterprise,자활기업,Self-sufficiency enterprises
${PROGRAMME},se_promotion,${PROGRAMME},Social-economy promotion
${PURCHASING},public_purchasing,${PURCHASING},Public purchasing of social-economy products
국비,national,국비,National government funds
시비,city,시비,Seoul city funds
구비,district,구비,District funds
총인구,population_total,총인구,Total registered population
`;

const SOURCES_HEADER =
  "id,kind,title_ko,title_en,publisher_ko,publisher_en,date,seed_file,url,url_note,secondary,licence_ko,licence_en,note_ko,note_en";

function sourceRow(id: string, n: number): string {
  return line([
    id,
    "official-document",
    `합성 자료 ${n}`,
    `Synthetic benchmark document ${n}`,
    "벤치마크",
    "Benchmark",
    "2019",
    "",
    "",
    "Synthetic: no address.",
    false,
    "bench/synthetic.ts가 만든 합성 자료; 실제 문서가 아님.",
    "Synthetic data made by bench/synthetic.ts; not a real document.",
    "벤치마크용으로 생성.",
    "Generated for the scaling benchmark.",
  ]);
}

/**
 * Writes a data folder with (at least) `rows` fact rows over the 25 real
 * districts. Returns the exact number of fact rows written.
 */
export function pipelineInput(dir: string, rows: number, realData: string): number {
  mkdirSync(join(dir, "facts"), { recursive: true });
  mkdirSync(join(dir, "labels"), { recursive: true });
  mkdirSync(join(dir, "participation"), { recursive: true });
  cpSync(join(realData, "districts.csv"), join(dir, "districts.csv"));
  writeFileSync(join(dir, "measures.csv"), MEASURES);
  writeFileSync(join(dir, "labels", "synthetic.csv"), LABELS);
  const sourceIds = ["synthetic-a", "synthetic-b", "synthetic-c", "synthetic-d"];
  writeFileSync(
    join(dir, "sources.csv"),
    SOURCES_HEADER + "\n" + sourceIds.map((id, i) => sourceRow(id, i + 1)).join(""),
  );
  const districts = realDistricts(realData);
  writeFileSync(
    join(dir, "participation", "synthetic.csv"),
    "programme,round,stage,district,period,project_ko,project_en,source_id,page,note\n" +
      districts
        .slice(0, 6)
        .map((d, i) =>
          line([
            "special-zone",
            "1차 준비사업",
            "preparatory",
            d.forms[0]!,
            "2015",
            `합성 사업 ${i + 1}`,
            `Synthetic project ${i + 1}`,
            "synthetic-a",
            "1",
            "",
          ]),
        )
        .join(""),
  );

  const rand = random(rows);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const perFile = Math.ceil(rows / sourceIds.length);
  let written = 0;
  // Each table prints one (district, day): every 10th table number is printed by all four
  // sources (so cross-source checks have pairs to compare), the others by one source only. With
  // a fixed set of keys the pairs would grow with the square of the rows (every source
  // reprinting the same district and period thousands of times), which no real input does.
  const tablesPerSource = Math.ceil(perFile / 4);
  const slotOf = (s: number, table: number) =>
    table % 10 === 0 ? table : (s + 1) * tablesPerSource + table;
  const dayOf = (slot: number) =>
    new Date(Date.UTC(1990, 0, 1 + Math.floor(slot / districts.length))).toISOString().slice(0, 10);
  for (const [s, sourceId] of sourceIds.entries()) {
    const out = writer(join(dir, "facts", `${sourceId}.csv`), FACT_HEADER);
    let n = 0;
    let table = 0;
    const id = () => `${sourceId}-${String(++n).padStart(7, "0")}`;
    const goal = Math.min(perFile, rows - written);
    // One population figure first, so every label in labels/ is used (an unused label is an error).
    const first = districts[0]!.forms[0]!;
    out.write(
      line([
        id(),
        first,
        "2016-12-31",
        "population",
        "총인구",
        "",
        "actual",
        "440,000",
        "명",
        false,
        "",
        "",
        sourceId,
        "1",
        "인구",
        "",
      ]),
    );
    while (n < goal) {
      table++;
      const slot = slotOf(s, table);
      const d = districts[slot % districts.length]!;
      const district = d.forms[table % d.forms.length]!;
      const day = dayOf(slot);
      const page = String(10 + (table % 290));
      const caption = `표 ${table}`;
      const kind = table % 3;
      const left = goal - n;
      if (kind === 0 && left >= 6) {
        // Enterprise counts by type with a printed total; every 7th total is misprinted.
        const counts = TYPES.map(() => int(0, 1500));
        const sum = counts.reduce((a, b) => a + b, 0) + (table % 7 === 0 ? int(1, 9) : 0);
        const total = id();
        const period = day;
        out.write(
          line([
            total,
            district,
            period,
            "enterprises",
            "계",
            "",
            "actual",
            commas(sum),
            "개",
            true,
            "",
            "",
            sourceId,
            page,
            caption,
            "Synthetic printed total.",
          ]),
        );
        TYPES.forEach((type, i) => {
          const v = counts[i]!;
          out.write(
            line([
              id(),
              district,
              period,
              "enterprises",
              type,
              "",
              "actual",
              v === 0 ? "-" : commas(v),
              "개",
              false,
              total,
              "",
              sourceId,
              page,
              caption,
              "",
            ]),
          );
        });
      } else if (kind === 1 && left >= 4) {
        // A budget line by funder (백만원, one part in Korean number words) with its total.
        const parts = FUNDERS.map(() => int(1, 3000));
        const total = id();
        const sum = parts.reduce((a, b) => a + b, 0);
        out.write(
          line([
            total,
            district,
            day,
            "budget",
            "계",
            "",
            "plan",
            commas(sum),
            "백만원",
            true,
            "",
            "",
            sourceId,
            page,
            caption,
            "",
          ]),
        );
        FUNDERS.forEach((funder, i) => {
          const words = i === 2;
          out.write(
            line([
              id(),
              district,
              day,
              "budget",
              PROGRAMME,
              funder,
              "plan",
              words ? wonWords(parts[i]!) : commas(parts[i]!),
              words ? "원" : "백만원",
              false,
              total,
              "",
              sourceId,
              page,
              caption,
              "",
            ]),
          );
        });
      } else if (kind === 2 && left >= 4) {
        // Purchasing target and result, the printed rate and the printed change (△ when short).
        const target = int(100, 5000);
        const actual = int(50, 6000);
        const t = id();
        const a = id();
        const rate = Math.round((actual / target) * 100) + (table % 11 === 0 ? 1 : 0);
        const diff = actual - target;
        out.write(
          line([
            t,
            district,
            day,
            "purchasing",
            PURCHASING,
            "",
            "target",
            wonWords(target),
            "원",
            false,
            "",
            "",
            sourceId,
            page,
            caption,
            "",
          ]),
        );
        out.write(
          line([
            a,
            district,
            day,
            "purchasing",
            PURCHASING,
            "",
            "actual",
            wonWords(actual),
            "원",
            false,
            "",
            "",
            sourceId,
            page,
            caption,
            "",
          ]),
        );
        out.write(
          line([
            id(),
            district,
            day,
            "purchasing_rate",
            PURCHASING,
            "",
            "actual",
            `${rate}%`,
            "%",
            false,
            "",
            `ratio(${a},${t})`,
            sourceId,
            page,
            caption,
            "",
          ]),
        );
        out.write(
          line([
            id(),
            district,
            day,
            "budget_change",
            PURCHASING,
            "",
            "actual",
            diff < 0 ? `△ ${commas(-diff)}` : commas(diff),
            "백만원",
            false,
            "",
            `diff(${a},${t})`,
            sourceId,
            page,
            caption,
            "",
          ]),
        );
      } else {
        // Fill the last few rows with standalone population figures.
        out.write(
          line([
            id(),
            district,
            day,
            "population",
            "총인구",
            "",
            "actual",
            commas(int(100000, 700000)),
            "명",
            false,
            "",
            "",
            sourceId,
            page,
            caption,
            "",
          ]),
        );
      }
    }
    out.close();
    written += n;
  }
  return written;
}

/**
 * Copies the real data folder and adds synthetic districts up to `districts`
 * in all (the 25 real ones first), each with about 20 facts. Returns how many
 * districts (excluding Seoul as a whole) the folder holds and the facts added.
 */
export function siteInput(
  dir: string,
  districts: number,
  realData: string,
): { districts: number; factsAdded: number } {
  cpSync(realData, dir, { recursive: true });
  const real = Papa.parse<Record<string, string>>(
    readFileSync(join(dir, "districts.csv"), "utf8").replace(/^\uFEFF/, ""),
    { header: true, skipEmptyLines: true },
  ).data;
  const usedCodes = new Set(real.map((d) => d.code));
  const realCount = real.filter((d) => d.code !== "11000").length;
  const want = Math.min(districts, MAX_DISTRICTS);
  const extra = Math.max(0, want - realCount);
  if (extra === 0) return { districts: realCount, factsAdded: 0 };
  const maxRow = Math.max(...real.map((d) => Number(d.tile_row || 0)));

  const newDistricts: string[] = [];
  for (let code = 11001; code <= 11999 && newDistricts.length < extra; code++) {
    if (usedCodes.has(String(code))) continue;
    const i = newDistricts.length + 1;
    newDistricts.push(
      line([
        code,
        `synthetic-${i}`,
        `가상${i}구`,
        `Synthetic ${i}-gu`,
        `가상${i}`,
        maxRow + 1 + Math.floor((i - 1) / 25),
        (i - 1) % 25,
      ]).trimEnd(),
    );
  }
  const districtsText = readFileSync(join(dir, "districts.csv"), "utf8").trimEnd();
  writeFileSync(join(dir, "districts.csv"), districtsText + "\n" + newDistricts.join("\n") + "\n");

  const sourceId = "bench-synthetic";
  const sourcesText = readFileSync(join(dir, "sources.csv"), "utf8").trimEnd();
  writeFileSync(join(dir, "sources.csv"), sourcesText + "\n" + sourceRow(sourceId, 1));
  writeFileSync(join(dir, "labels", `${sourceId}.csv`), LABELS);

  const rand = random(districts);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const out = writer(join(dir, "facts", `${sourceId}.csv`), FACT_HEADER);
  let n = 0;
  const id = () => `${sourceId}-${String(++n).padStart(6, "0")}`;
  for (let i = 1; i <= newDistricts.length; i++) {
    const district = `가상${i}구`;
    const caption = `합성 표 ${i}`;
    const counts = TYPES.map(() => int(0, 120));
    const total = id();
    const cells = (
      idv: string,
      period: string,
      measure: string,
      category: string,
      funder: string,
      status: string,
      value: string,
      unit: string,
      isTotal: boolean,
      partOf: string,
      computed: string,
      page: string,
    ) =>
      line([
        idv,
        district,
        period,
        measure,
        category,
        funder,
        status,
        value,
        unit,
        isTotal,
        partOf,
        computed,
        sourceId,
        page,
        caption,
        "",
      ]);
    out.write(
      cells(
        total,
        "2017-03-01",
        "enterprises",
        "계",
        "",
        "actual",
        commas(counts.reduce((a, b) => a + b, 0)),
        "개",
        true,
        "",
        "",
        "1",
      ),
    );
    TYPES.forEach((type, k) =>
      out.write(
        cells(
          id(),
          "2017-03-01",
          "enterprises",
          type,
          "",
          "actual",
          counts[k] ? commas(counts[k]) : "-",
          "개",
          false,
          total,
          "",
          "1",
        ),
      ),
    );
    for (const year of [2018, 2019, 2020]) {
      const parts = FUNDERS.map(() => int(10, 900));
      const t = id();
      out.write(
        cells(
          t,
          String(year),
          "budget",
          "계",
          "",
          "plan",
          commas(parts.reduce((a, b) => a + b, 0)),
          "백만원",
          true,
          "",
          "",
          "2",
        ),
      );
      FUNDERS.forEach((funder, k) =>
        out.write(
          cells(
            id(),
            String(year),
            "budget",
            PROGRAMME,
            funder,
            "plan",
            commas(parts[k]!),
            "백만원",
            false,
            t,
            "",
            "2",
          ),
        ),
      );
    }
    for (const year of [2015, 2016]) {
      const target = int(100, 3000);
      const actual = int(50, 3500);
      const t = id();
      const a = id();
      out.write(
        cells(
          t,
          String(year),
          "purchasing",
          PURCHASING,
          "",
          "target",
          wonWords(target),
          "원",
          false,
          "",
          "",
          "3",
        ),
      );
      out.write(
        cells(
          a,
          String(year),
          "purchasing",
          PURCHASING,
          "",
          "actual",
          wonWords(actual),
          "원",
          false,
          "",
          "",
          "3",
        ),
      );
      out.write(
        cells(
          id(),
          String(year),
          "purchasing_rate",
          PURCHASING,
          "",
          "actual",
          `${Math.round((actual / target) * 100)}%`,
          "%",
          false,
          "",
          `ratio(${a},${t})`,
          "3",
        ),
      );
      out.write(
        cells(
          id(),
          String(year),
          "budget_change",
          PURCHASING,
          "",
          "actual",
          actual < target ? `△ ${commas(target - actual)}` : commas(actual - target),
          "백만원",
          false,
          "",
          `diff(${a},${t})`,
          "3",
        ),
      );
    }
    out.write(
      cells(
        id(),
        "2017-03-31",
        "population",
        "총인구",
        "",
        "actual",
        commas(int(100000, 700000)),
        "명",
        false,
        "",
        "",
        "4",
      ),
    );
  }
  out.close();
  return { districts: realCount + newDistricts.length, factsAdded: n };
}
