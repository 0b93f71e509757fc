/** Where a form was found in a workbook and how its parts map to cells. */
import type { RawSheet } from "../cells";
import type { ReportOutlineForm, StatsTableForm } from "../forms";
import type { Marker } from "../meta";

export interface LocateContext {
  file: string;
  /** ISO date; the fallback year is this date's year when `defaultYear` is absent. */
  today: string;
  defaultYear?: number;
  /** Only look for this form (a consolidator knows which one it wants). */
  form?: "stats-table" | "report-outline";
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

export interface LabelRows {
  matched: number;
  unmatched: number;
}

export interface StatsColumns {
  stt?: number;
  label?: number;
  unit?: number;
  count?: number;
  people?: number;
  note?: number;
  code?: number;
}

interface LocatedBase {
  sheet: RawSheet;
  via: "marker" | "labels";
  marker?: Marker;
  year: number;
  /** The sheet names no year (no marker, title or date): `year` is the caller's default, not the unit's word. */
  yearAssumed?: true;
  header: HeaderFields;
  /** The unit's name to report under (the header field, else the file name). */
  unit: string;
}

export interface LocatedStats extends LocatedBase {
  kind: "stats-table";
  form: StatsTableForm;
  columns: StatsColumns;
  /** Sheet row of each form row found, by code. */
  rows: Map<string, number>;
  /** A table typed by hand: how many of its rows were recognised as form rows, and how many not. */
  labelRows?: LabelRows;
}

export interface LocatedOutline extends LocatedBase {
  kind: "report-outline";
  form: ReportOutlineForm;
  /** Where each field's value was found, by code: a cell, or text after the label's colon. */
  fields: Map<string, OutlineFieldPlace>;
}

export type OutlineFieldPlace = { row: number; col: number } | { text: string; row: number; col: number };

export type Located = LocatedStats | LocatedOutline;
