/**
 * The hidden mark that identifies a form sheet: `HTSD|form=stats-table|version=1|year=2025|units=1`.
 * It sits in the hidden code column's first cell (a plain string survives every spreadsheet
 * program's save, unlike a veryHidden sheet or custom XML), and a defined name points at it.
 */
import { MAX_UNITS } from "../numbers/bounds";

export const MARKER_PREFIX = "HTSD|";
/** Workbook names pointing at the marker cell and at the unit's header field. */
export const MARKER_NAME = "HTSD_FORM";
export const UNIT_NAME = "HTSD_UNIT";

export interface Marker {
  /** The kind of form: its id (whether this build knows it is for whoever reads the sheet to say). */
  form: string;
  version: number;
  year: number;
  /** 1 for one unit's form; N for a summary of N units. */
  units: number;
}

export function encodeMarker(m: Marker): string {
  return `${MARKER_PREFIX}form=${m.form}|version=${m.version}|year=${m.year}|units=${m.units}`;
}

export type DecodedMarker = Marker | { unknownForm: string; version: number; year: number } | undefined;

/** undefined when the text is no marker at all; `unknownForm` when its form is no id at all. */
export function decodeMarker(text: string): DecodedMarker {
  if (!text.startsWith(MARKER_PREFIX)) return undefined;
  const fields = new Map(
    text
      .slice(MARKER_PREFIX.length)
      .split("|")
      .map((kv) => kv.split("=", 2) as [string, string | undefined]),
  );
  const form = fields.get("form") ?? "";
  const version = Number(fields.get("version"));
  const year = Number(fields.get("year"));
  const units = fields.has("units") ? Number(fields.get("units")) : 1;
  // A crafted `units=1e308` would add up to "Infinity đơn vị": a count, bounded as counts are.
  if (!Number.isInteger(version) || !Number.isInteger(year) || !Number.isInteger(units) || units < 1 || units > MAX_UNITS) return undefined;
  if (!/^[a-z][a-z0-9-]*$/.test(form)) return { unknownForm: form, version, year };
  return { form, version, year, units };
}
