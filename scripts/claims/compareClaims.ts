/**
 * The claims of the comparison pages, outside their charts: which districts
 * no document gives a count of social-economy enterprises for (their number
 * and names), on /compare/enterprises/.
 */
import type { ClaimValue } from "../../contract/claims.ts";
import type { ClaimContext } from "./context.ts";
import type { ClaimSpec } from "./make.ts";

export function compareClaims(ctx: ClaimContext): ClaimSpec[] {
  const counted = (code: string) =>
    ctx
      .factsOf(code)
      .some((f) => f.measure === "enterprises" && f.status === "actual" && f.value !== null);
  const missing = ctx.districts.filter((d) => !counted(d.code));
  const names = (lang: "ko" | "en") =>
    missing
      .map((d) => (lang === "ko" ? d.name_ko : d.name_en))
      .sort(new Intl.Collator(lang).compare)
      .join(", ");
  return [
    {
      id: "compare-enterprises-missing",
      scope: "compare",
      district: ctx.city,
      template: missing.length > 0 ? "compare-enterprises-missing" : "compare-enterprises-all",
      values: (
        [
          {
            name: "n",
            value: missing.length,
            unit: "districts",
            qualifier: "",
            derivation: "without:enterprises",
          },
        ] satisfies ClaimValue[]
      ).filter((v) => v.value > 0),
      text: { ko: { names: names("ko") }, en: { names: names("en") } },
    },
  ];
}
