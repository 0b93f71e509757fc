/**
 * A report is what a unit said, read out of a sheet: numbers by row code and measure,
 * with the cell each came from. Blank is absent, never 0: "not reported" and "none"
 * are different answers and stay different through consolidation.
 */
import type { FormId } from "../forms";
import type { Measure } from "../units";

export type MeasureValues = Partial<Record<Measure, number>>;

export interface Source {
  file: string;
  sheet: string;
}

interface ReportBase {
  form: FormId;
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
}

export interface StatsReport extends ReportBase {
  form: "stats-table";
  /** By row code. A measure absent from a row's entry was left blank. */
  values: Record<string, MeasureValues>;
  notes: Record<string, string>;
  /** A1 address of every value and note, by row code then measure (or "note"). */
  cells: Record<string, Partial<Record<Measure | "note", string>>>;
  /** A table typed by hand (no codes): form rows recognised by their labels, and rows that matched none. */
  labelRows?: { matched: number; unmatched: number };
}

export type FieldValue = string | number;

export interface OutlineReport extends ReportBase {
  form: "report-outline";
  /** By field code: text and choices as strings, dates as ISO strings, whole/money as numbers. */
  fields: Record<string, FieldValue>;
  cells: Record<string, string>;
}

export type Report = StatsReport | OutlineReport;
