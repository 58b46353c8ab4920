/**
 * Numbers, money and dates for people, the Korean or the English way. Digit
 * grouping and compact forms come from Intl; only the composition of
 * "16억 4,500만 원" is ours, because Intl has no exact 억/만 style.
 */
import type { Lang } from "../i18n/index.ts";

const LOCALE: Record<Lang, string> = { ko: "ko-KR", en: "en-GB" };

const cache = new Map<string, Intl.NumberFormat>();
function nf(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = lang + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], options);
    cache.set(key, f);
  }
  return f;
}

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  return nf(lang, { maximumFractionDigits }).format(value);
}

export function formatPercent(value: number, lang: Lang, maximumFractionDigits = 1): string {
  return `${formatNumber(value, lang, maximumFractionDigits)}%`;
}

/** Exact amount in won: "16억 4,500만 원" / "KRW 1,645,000,000". */
export function formatKrw(won: number, lang: Lang): string {
  if (lang === "en") return `KRW ${formatNumber(won, "en", 0)}`;
  const sign = won < 0 ? "−" : "";
  let rest = Math.abs(won);
  const jo = Math.floor(rest / 1e12);
  rest -= jo * 1e12;
  const eok = Math.floor(rest / 1e8);
  rest -= eok * 1e8;
  const man = Math.floor(rest / 1e4);
  const one = rest - man * 1e4;
  const parts: string[] = [];
  if (jo) parts.push(`${formatNumber(jo, "ko", 0)}조`);
  if (eok) parts.push(`${formatNumber(eok, "ko", 0)}억`);
  if (man) parts.push(`${formatNumber(man, "ko", 0)}만`);
  if (one || parts.length === 0) parts.push(formatNumber(one, "ko", 0));
  return `${sign}${parts.join(" ")} 원`;
}

/** Short amount for axes and headlines: "16.5억 원" / "KRW 1.6bn". */
export function formatKrwShort(won: number, lang: Lang): string {
  if (lang === "ko")
    return `${nf("ko", { notation: "compact", maximumFractionDigits: 1 }).format(won)} 원`;
  const abs = Math.abs(won);
  if (abs >= 1e9) return `KRW ${formatNumber(won / 1e9, "en", 2)}bn`;
  if (abs >= 1e6) return `KRW ${formatNumber(won / 1e6, "en", 1)}m`;
  return `KRW ${formatNumber(won, "en", 0)}`;
}

export function formatCount(value: number, lang: Lang, counterKo = "개"): string {
  return lang === "ko"
    ? `${formatNumber(value, "ko", 2)}${counterKo}`
    : formatNumber(value, "en", 2);
}

const MONTHS_EN = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];

function point(text: string, lang: Lang): string {
  const [y, m, d] = text.split("-");
  if (text === "..") return lang === "ko" ? "…" : "…";
  if (lang === "ko") return `${y}년${m ? ` ${Number(m)}월` : ""}${d ? ` ${Number(d)}일` : ""}`;
  if (!m) return y!;
  return `${d ? `${Number(d)} ` : ""}${MONTHS_EN[Number(m) - 1]} ${y}`;
}

/** "2017-03-01" → "2017년 3월 1일" / "1 Mar 2017"; "2017/2020" → "2017년~2020년" / "2017–2020". */
export function formatPeriod(period: string, lang: Lang): string {
  const [a, b] = period.split("/");
  if (b === undefined) return point(a!, lang);
  if (a === ".." && b === "..") return lang === "ko" ? "전체 기간" : "all periods";
  if (a === "..") return lang === "ko" ? `${point(b, lang)}까지` : `up to ${point(b, lang)}`;
  if (b === "..") return lang === "ko" ? `${point(a!, lang)}부터` : `from ${point(a!, lang)}`;
  return lang === "ko"
    ? `${point(a!, lang)}~${point(b, lang)}`
    : `${point(a!, lang)}–${point(b, lang)}`;
}

const BOUND: Record<string, { ko: string; en: string }> = {
  at_least: { ko: "이상", en: "at least" },
  more_than: { ko: "초과", en: "more than" },
  at_most: { ko: "이하", en: "at most" },
  less_than: { ko: "미만", en: "less than" },
};

/**
 * A formatted amount with what the print said of its precision: "약 21억 원" /
 * "about KRW 2.1bn", "2회 이상" / "at least 2". An approximate figure never
 * reads as an exact one.
 */
export function withQualifier(text: string, qualifier: string, lang: Lang): string {
  if (qualifier === "") return text;
  if (qualifier === "approximate") return lang === "ko" ? `약 ${text}` : `about ${text}`;
  const bound = BOUND[qualifier];
  if (!bound) throw new Error(`unknown qualifier "${qualifier}"`);
  return lang === "ko" ? `${text} ${bound.ko}` : `${bound.en} ${text}`;
}

/** The counter word a Korean count takes after its number, by the unit the document printed. */
const COUNTER: Record<string, string> = {
  개: "개",
  개소: "개소",
  건: "건",
  회: "회",
  명: "명",
  세대: "세대",
  업체: "개",
  기업수: "개",
  사업수: "개",
};

/**
 * A canonical value in its canonical unit (KRW, count, percent, m2, months),
 * for people: "16억 4,500만 원", "17개", "86%"; "-" printed (no value) says so.
 * The counter follows the printed unit ("개소", "명"); never more than two decimals.
 */
export function formatValue(
  value: number | null,
  unit: string,
  lang: Lang,
  unitPrinted = "",
): string {
  if (value === null) return lang === "ko" ? "없음(-)" : "none (-)";
  switch (unit) {
    case "KRW":
      return formatKrw(value, lang);
    case "percent":
      return formatPercent(value, lang, 2);
    case "m2":
      return `${formatNumber(value, lang)} ㎡`;
    case "months":
      return lang === "ko"
        ? `${formatNumber(value, lang)}개월`
        : `${formatNumber(value, lang)} months`;
    case "count":
      return lang === "ko"
        ? formatCount(value, "ko", COUNTER[unitPrinted] ?? "")
        : formatNumber(value, "en");
    default:
      return formatNumber(value, lang);
  }
}
