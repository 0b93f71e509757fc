/**
 * The Week of each year as the plans set it (`data/weeks.json`), and the years a form can
 * be made for. A year not on record falls back to 1–7 October.
 */
import { z } from "zod";
import weeksData from "./data/weeks.json";

export const weekSchema = z.object({ start: z.iso.date(), end: z.iso.date(), ceremony: z.iso.date().optional(), deadline: z.iso.date().optional(), source: z.string() });

export type Week = z.infer<typeof weekSchema>;

const WEEKS: ReadonlyMap<number, Week> = new Map(
  Object.entries(weeksData)
    .filter(([k]) => /^\d{4}$/.test(k))
    .map(([k, v]) => [Number(k), weekSchema.parse(v)]),
);

export function weekOf(year: number): Week {
  return WEEKS.get(year) ?? { start: `${year}-10-01`, end: `${year}-10-07`, source: "mặc định" };
}

/** Years the form can be made for: the Week has been held every October since 2014. */
export const MIN_YEAR = 2014;
export const MAX_YEAR = 2100;
