/**
 * What checking one workbook yields: the report it holds (when one could be read), every
 * problem found, the cells left out of the numbers because of an error, and the fixes
 * whose intent is certain. Checking and consolidating both start from this.
 */
import type { Problem } from "../problems";
import type { Report } from "../report";
import type { Measure } from "../units";

/** A one-click fix: write this number into this cell (a number typed as text, read for certain). */
export interface Fix {
  sheet: string;
  cell: string;
  value: number;
  rowCode?: string;
}

export interface ExcludedCell {
  rowCode: string;
  measure: Measure | "field";
  cell: string;
}

/** What a file turned out to hold, by its content (its name may say otherwise). */
export type WorkbookFormat = "xlsx" | "xls" | "ods";

export interface CheckedFile {
  file: string;
  /** Absent when the file was never read (it could not be opened). */
  format?: WorkbookFormat;
  /** The sheet the form was found on, when one was. */
  sheet?: string;
  /** The kind of form found (its id in the registry). */
  form?: string;
  version?: number;
  year?: number;
  /** The file names no year: `year` is the default the checker was given, not the unit's word. */
  yearAssumed?: true;
  /** Absent when the file could not be read or no form was found in it. */
  report?: Report;
  problems: Problem[];
  /** Cells whose errors kept them out of `report`. */
  excluded: ExcludedCell[];
  fixes: Fix[];
  /**
   * The report's values summed up for finding one report sent under two names, made beside
   * the check where files are checked in parallel (the command line's workers); absent
   * elsewhere, and then made by the consolidation itself.
   */
  content?: ContentPrint;
}

/** What a report's values come to, from its kind's fingerprint: what a consolidation compares of two reports. */
export interface ContentPrint {
  /** The fingerprint's digest (`core/consolidate/digest.ts`); absent when the report has nothing to compare. */
  digest?: string;
  /** How many values the fingerprint holds. */
  values: number;
}

/** What a kind's check yields from a located sheet. */
export interface CheckOutcome {
  report: Report;
  excluded: ExcludedCell[];
  fixes: Fix[];
}

export interface CheckContext {
  /** The file's name as the user knows it: problems point at it, and a missing unit name falls back to it. */
  file: string;
  /** ISO date of today (the core has no clock). */
  today: string;
  /** The year when the sheet names none; else the year of `today`. */
  defaultYear?: number;
  /** Look only for this form (a consolidator knows which it wants). */
  form?: string;
}
