/**
 * How a claim states its values and dates, in Korean and English. The rules
 * are simple on purpose, so the independent test can state them again:
 * money "5억 9,000만 원" / "KRW 590 million", counts "131개" / "131",
 * per 10,000 residents with 2 decimals, dates as precise as printed.
 */
import type { ClaimValue } from "../../contract/claims.ts";
import type { Qualifier } from "../../contract/enums.ts";

export type Lang = "ko" | "en";

const formats = new Map<number, Intl.NumberFormat>();
const group = (n: number, decimals = 0): string => {
  let f = formats.get(decimals);
  if (!f)
    formats.set(
      decimals,
      (f = new Intl.NumberFormat("en-US", { maximumFractionDigits: decimals, useGrouping: true })),
    );
  return f.format(n);
};

function krwKo(won: number): string {
  const sign = won < 0 ? "−" : "";
  let rest = Math.abs(won);
  const parts: string[] = [];
  for (const [size, word] of [
    [1e12, "조"],
    [1e8, "억"],
    [1e4, "만"],
  ] as const) {
    const n = Math.floor(rest / size);
    rest -= n * size;
    if (n > 0) parts.push(`${group(n)}${word}`);
  }
  if (rest > 0 || parts.length === 0) parts.push(group(rest));
  return `${sign}${parts.join(" ")} 원`;
}

function krwEn(won: number): string {
  const abs = Math.abs(won);
  const sign = won < 0 ? "−" : "";
  if (abs >= 1e9 && abs % 1e7 === 0) return `${sign}KRW ${group(abs / 1e9, 2)} billion`;
  if (abs >= 1e6 && abs % 1e4 === 0) return `${sign}KRW ${group(abs / 1e6, 2)} million`;
  return `${sign}KRW ${group(abs)}`;
}

function ordinal(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}

/** A value without its qualifier. */
function bare(v: ClaimValue, lang: Lang): string {
  switch (v.unit) {
    case "KRW":
      return lang === "ko" ? krwKo(v.value) : krwEn(v.value);
    case "count":
      return lang === "ko" ? `${group(v.value)}개` : group(v.value);
    case "persons":
      return lang === "ko" ? `${group(v.value)}명` : group(v.value);
    case "per_10k":
      return lang === "ko" ? `${v.value.toFixed(2)}개` : v.value.toFixed(2);
    case "rank":
      if (v.value === 1) return lang === "ko" ? "가장" : "the most";
      return lang === "ko" ? `${v.value}번째` : ordinal(v.value);
    case "percent":
      return `${group(v.value, 2)}%`;
    case "districts":
      return lang === "ko" ? `${group(v.value)}개 자치구` : group(v.value);
    case "documents":
      return lang === "ko" ? `${group(v.value)}건` : group(v.value);
    case "numbers":
      return lang === "ko" ? `${group(v.value)}개` : group(v.value);
    case "checks":
      return lang === "ko" ? `${group(v.value)}건` : group(v.value);
    case "year":
      return lang === "ko" ? `${v.value}년` : String(v.value);
  }
}

const QUALIFIER_KO: Record<Exclude<Qualifier, "">, [string, string]> = {
  approximate: ["약 ", ""],
  at_least: ["", " 이상"],
  more_than: ["", " 초과"],
  at_most: ["", " 이하"],
  less_than: ["", " 미만"],
};
const QUALIFIER_EN: Record<Exclude<Qualifier, "">, string> = {
  approximate: "about ",
  at_least: "at least ",
  more_than: "more than ",
  at_most: "at most ",
  less_than: "less than ",
};

/** A value as the sentence states it, with its qualifier: "약 2억 원", "about KRW 200 million". */
export function formatClaimValue(v: ClaimValue, lang: Lang): string {
  const text = bare(v, lang);
  if (v.qualifier === "") return text;
  if (lang === "en") return QUALIFIER_EN[v.qualifier] + text;
  const [before, after] = QUALIFIER_KO[v.qualifier];
  return before + text + after;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function point(p: string, lang: Lang): string {
  const [y, m, d] = p.split("-");
  if (lang === "ko") return `${y}년${m ? ` ${Number(m)}월` : ""}${d ? ` ${Number(d)}일` : ""}`;
  if (!m) return y!;
  return `${d ? `${Number(d)} ` : ""}${MONTHS[Number(m) - 1]} ${y}`;
}

/** A period as printed in facts.csv: "2017-03-01" → "2017년 3월 1일" / "1 March 2017"; spans "2017/2020". */
export function formatClaimDate(period: string, lang: Lang): string {
  const [a, b] = period.split("/");
  if (b === undefined) return point(a!, lang);
  return lang === "ko"
    ? `${point(a!, lang)}~${point(b, lang)}`
    : `${point(a!, lang)}–${point(b, lang)}`;
}

/** "on 1 March 2017" / "in March 2017" / "in 2015" / "over 2017–2020". */
export function formatOnDate(period: string): string {
  const text = formatClaimDate(period, "en");
  if (period.includes("/")) return `over ${text}`;
  return `${period.split("-").length === 3 ? "on" : "in"} ${text}`;
}
