/**
 * The Week of each year as the plans set it (`data/weeks.json`), and the years a form can
 * be made for. A year not on record falls back to 1–7 October.
 */
import weeksData from "./data/weeks.json";

/** One year's Week as the plans set it: ISO dates. The data is checked against `weekSchema` (week-schema.ts) by the tests. */
export interface Week {
  start: string;
  end: string;
  ceremony?: string;
  deadline?: string;
  source: string;
}

/** Every year on record, by year. */
export const WEEKS: ReadonlyMap<number, Week> = new Map(
  Object.entries(weeksData)
    .filter(([k]) => /^\d{4}$/.test(k))
    .map(([k, v]) => [Number(k), v as Week]),
);

export function weekOf(year: number): Week {
  return WEEKS.get(year) ?? { start: `${year}-10-01`, end: `${year}-10-07`, source: "mặc định" };
}

/** Years the form can be made for: the Week has been held every October since 2014. */
export const MIN_YEAR = 2014;
export const MAX_YEAR = 2100;
