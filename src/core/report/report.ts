/**
 * A report is what a unit said, read out of a sheet. Each kind of form adds what it holds
 * (numbers by row code and measure, or answers by field: `src/core/kinds/`). Blank is
 * absent, never 0: "not reported" and "none" are different answers and stay different
 * through consolidation.
 */
import type { Measure } from "../units";

export type MeasureValues = Partial<Record<Measure, number>>;

export interface Source {
  file: string;
  sheet: string;
}

export interface Report {
  /** The kind of form (its id in the registry). */
  form: string;
  version: number;
  year: number;
  /** The sheet names no year (no marker, title or date): `year` is only the checker's default. */
  yearAssumed?: true;
  /** The unit's name as written in its header field (or, failing that, from the file name). */
  unit: string;
  parent?: string;
  docNumber?: string;
  /** ISO date (yyyy-mm-dd) of the report, when the sheet gives one. */
  date?: string;
  /** How many units this report already sums: 1 for a school, N for a summary sent up a level. */
  unitsCovered: number;
  source: Source;
  /** A table typed by hand (no codes): form rows recognised by their labels, and rows that matched none. */
  labelRows?: { matched: number; unmatched: number };
  /** The header names no unit: `unit` is the file's name, a stand-in (and said so). */
  unitFromFileName?: boolean;
  /** A summary this product wrote: the units it sums, as their reports named them. */
  contains?: string[];
}
