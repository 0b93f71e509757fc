/** What a year's Week in `data/weeks.json` must be: the tests hold the data to it. */
import { z } from "zod";
import type { Week } from "./weeks";

export const weekSchema: z.ZodType<Week> = z.object({ start: z.iso.date(), end: z.iso.date(), ceremony: z.iso.date().optional(), deadline: z.iso.date().optional(), source: z.string() });
