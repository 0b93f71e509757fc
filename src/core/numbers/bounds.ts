/**
 * The largest number one cell may hold and still be one unit's report. Beyond these a value
 * is a typing slip or a crafted file, and a few of them summed would lose whole đồng to
 * floating point, or reach Infinity, which no spreadsheet cell can hold: each bound leaves a
 * summary of a million such cells exact-looking and finite.
 */
import type { Measure } from "../units";

export const MAX_VALUE: Readonly<Record<Measure, number>> = Object.freeze({
  /** A thousand trillion đồng: many times any ministry's yearly budget. */
  amount: 1e15,
  /** A billion people or classes: more than the world's learners. */
  people: 1e9,
  count: 1e9,
});

/** Units in one summary, as its marker says (`units=N`): the same bound as a count. */
export const MAX_UNITS = 1e9;
