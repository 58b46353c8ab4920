/**
 * Seoul's special-zone programme: planned and executed amounts per year. All
 * rows are Seoul as a whole, so `highlight` has nothing to emphasise here.
 */
import { formatKrwShort, formatPeriod } from "../../lib/format.ts";
import type { ChartBuilder } from "../types.ts";
import { firstSeen } from "../rows/firstSeen.ts";
import { amount } from "./amount.ts";
import { draw } from "./draw.ts";
import { readModel } from "./model.ts";
import { table } from "./table.ts";
import { WORDS } from "./words.ts";

export const specialZoneBudget: ChartBuilder = (rows, { lang, width }) => {
  const model = readModel(rows);
  const w = WORDS[lang];
  const money = (v: number) => formatKrwShort(v, lang);
  const plans = model.rows
    .filter((r) => r.status === "plan" && r.value !== null)
    .sort((a, b) => a.period.localeCompare(b.period));
  const executed = model.rows.filter((r) => r.status === "actual" && r.value !== null);
  const executedYears = firstSeen(executed, (r) => r.year).sort();
  const allExecuted = model.periods.every((p) => executed.some((r) => r.period === p));

  let takeaway: string;
  if (plans.length >= 2) {
    const a = plans[0]!;
    const b = plans.at(-1)!;
    takeaway = w.trend({
      from: money(a.value!),
      fromWhen: formatPeriod(a.period, lang),
      to: money(b.value!),
      toWhen: formatPeriod(b.period, lang),
      up: b.value! >= a.value!,
      executed: executedYears,
      allExecuted,
    });
  } else takeaway = executedYears.length ? w.executedOnly(executedYears) : w.neverExecuted;

  const alt = w.alt(
    model.periods.map((p) =>
      w.described(
        formatPeriod(p, lang),
        amount(model.find(p, "plan"), lang),
        amount(model.find(p, "actual"), lang),
      ),
    ),
  );
  return {
    svg: draw(model, lang, width, alt),
    alt,
    takeaway,
    unit: w.unit,
    table: table(model, lang),
  };
};
