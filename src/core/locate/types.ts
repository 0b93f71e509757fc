/** Where a form was found in a workbook and how its parts map to cells. */
import type { RawSheet } from "../cells";
import type { FormDefBase } from "../forms";
import type { Marker } from "../meta";

export interface LocateContext {
  file: string;
  /** ISO date; the fallback year is this date's year when `defaultYear` is absent. */
  today: string;
  defaultYear?: number;
  /** Only look for this form (a consolidator knows which one it wants). */
  form?: string;
}

/** A header field's text and the cell it came from. */
export interface HeaderText {
  text: string;
  cell?: string;
}

export interface HeaderFields {
  unit?: HeaderText;
  parent?: HeaderText;
  docNumber?: HeaderText;
  /** The report date's cell: read and judged by the checks. */
  date?: { row: number; col: number } | { text: string; cell: string };
  /** Where a unit name belongs, for the message when it is missing. */
  unitCell?: string;
}

/** A form found on a sheet. Each kind adds where its rows or fields are (`src/core/kinds/`). */
export interface Located {
  /** The kind of form: its id in the registry. */
  kind: string;
  form: FormDefBase;
  sheet: RawSheet;
  via: "marker" | "labels";
  marker?: Marker;
  year: number;
  /** The sheet names no year (no marker, title or date): `year` is the caller's default, not the unit's word. */
  yearAssumed?: true;
  header: HeaderFields;
  /** The unit's name to report under (the header field, else the file name). */
  unit: string;
  /** A table typed by hand: how many of its rows were recognised as form rows, and how many not. */
  labelRows?: LabelRows;
}

/** A table typed by hand: how many of its rows were recognised as form rows, and how many not. */
export interface LabelRows {
  matched: number;
  unmatched: number;
}

export type OutlineFieldPlace = { row: number; col: number } | { text: string; row: number; col: number };
