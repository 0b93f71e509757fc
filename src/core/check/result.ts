/**
 * What checking one workbook yields: the report it holds (when one could be read), every
 * problem found, the cells left out of the numbers because of an error, and the fixes
 * whose intent is certain. Checking and consolidating both start from this.
 */
import type { FormId } from "../forms";
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

export interface CheckedFile {
  file: string;
  /** The sheet the form was found on, when one was. */
  sheet?: string;
  form?: FormId;
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
}
