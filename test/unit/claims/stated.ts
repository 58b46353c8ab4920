/**
 * How a claim states its values and dates, written again from the rules in
 * scripts/claims/format.ts (not imported): money "5억 9,000만 원" / "KRW 590
 * million", counts "131개" / "131", per 10,000 residents with 2 decimals,
 * dates as precise as printed.
 */
import type { ClaimValue } from "../../../contract/claims.ts";

const grp = (n: number, d = 0) => n.toLocaleString("en-US", { maximumFractionDigits: d });
function krwKo(w: number): string {
  const out: string[] = [];
  let r = Math.abs(w);
  for (const [s, word] of [
    [1e12, "조"],
    [1e8, "억"],
    [1e4, "만"],
  ] as const) {
    const n = Math.floor(r / s);
    r -= n * s;
    if (n) out.push(`${grp(n)}${word}`);
  }
  if (r || !out.length) out.push(grp(r));
  return `${w < 0 ? "−" : ""}${out.join(" ")} 원`;
}
function krwEn(w: number): string {
  const a = Math.abs(w);
  const s = w < 0 ? "−" : "";
  if (a >= 1e9 && a % 1e7 === 0) return `${s}KRW ${grp(a / 1e9, 2)} billion`;
  if (a >= 1e6 && a % 1e4 === 0) return `${s}KRW ${grp(a / 1e6, 2)} million`;
  return `${s}KRW ${grp(a)}`;
}
const ord = (n: number) =>
  n % 100 >= 11 && n % 100 <= 13 ? `${n}th` : `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;

export function stated(v: ClaimValue, lang: "ko" | "en"): string {
  const ko = lang === "ko";
  const n = v.value;
  const bare = (() => {
    switch (v.unit) {
      case "KRW":
        return ko ? krwKo(n) : krwEn(n);
      case "count":
      case "numbers":
        return ko ? `${grp(n)}개` : grp(n);
      case "persons":
        return ko ? `${grp(n)}명` : grp(n);
      case "per_10k":
        return ko ? `${n.toFixed(2)}개` : n.toFixed(2);
      case "percent":
        return `${grp(n, 2)}%`;
      case "rank":
        return n === 1 ? (ko ? "가장" : "the most") : ko ? `${n}번째` : ord(n);
      case "districts":
        return ko ? `${grp(n)}개 자치구` : grp(n);
      case "documents":
      case "checks":
        return ko ? `${grp(n)}건` : grp(n);
      case "year":
        return ko ? `${n}년` : String(n);
    }
  })();
  const q = v.qualifier;
  if (q === "") return bare;
  if (!ko)
    return `${{ approximate: "about", at_least: "at least", more_than: "more than", at_most: "at most", less_than: "less than" }[q]} ${bare}`;
  return q === "approximate"
    ? `약 ${bare}`
    : `${bare} ${{ at_least: "이상", more_than: "초과", at_most: "이하", less_than: "미만" }[q]}`;
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
function datePoint(p: string, ko: boolean): string {
  const [y, m, d] = p.split("-");
  if (ko) return `${y}년${m ? ` ${Number(m)}월` : ""}${d ? ` ${Number(d)}일` : ""}`;
  return m ? `${d ? `${Number(d)} ` : ""}${MONTHS[Number(m) - 1]} ${y}` : y!;
}
export function statedDate(period: string, lang: "ko" | "en"): string {
  const ko = lang === "ko";
  const [a, b] = period.split("/");
  return b === undefined
    ? datePoint(a!, ko)
    : `${datePoint(a!, ko)}${ko ? "~" : "–"}${datePoint(b, ko)}`;
}
