/**
 * The workbook globals substream: the sheets and where each starts, the shared-string
 * table, the number formats of the cell styles, the names, and the sheet list formulas
 * refer through (EXTERNSHEET). A FILEPASS record means the rest is encrypted.
 */
import { fail } from "../reader/failure";
import type { ReadLimits } from "../reader/limits";
import { builtinFormat } from "../reader/styles";
import { f64, need, records, RT, u16, u32, type BiffRecord } from "./records";
import { chars, Segments, stringAt } from "./strings";
import { detach } from "../reader/text";

export interface BoundSheet {
  name: string;
  /** Offset of the sheet's BOF in the stream. */
  offset: number;
  state: "visible" | "hidden" | "veryHidden";
  /** 0 worksheet, 1 macro sheet, 2 chart, 6 VBA module. */
  kind: number;
}

export interface XlsName {
  name: string;
  /** 1-based sheet index when local to a sheet, else 0. */
  itab: number;
  rgce: Uint8Array;
}

export interface Globals {
  sheets: BoundSheet[];
  strings: string[];
  /** Number format of each XF (cell style) index; undefined for General. */
  formats: (string | undefined)[];
  names: XlsName[];
  /** EXTERNSHEET: the first sheet of each reference, -1 when it is outside this workbook. */
  externSheets: number[];
}

const PART = "Workbook";
const BIFF8 = 0x0600;
const GLOBALS = 0x0005;
const STATES = ["visible", "hidden", "veryHidden"] as const;
const BUILTIN_NAMES = ["Consolidate_Area", "Auto_Open", "Auto_Close", "Extract", "Database", "Criteria", "Print_Area", "Print_Titles", "Recorder", "Data_Form", "Auto_Activate", "Auto_Deactivate", "Sheet_Title", "_FilterDatabase"];

/** The first record of a BIFF8 stream; an older BIFF gets its own message. */
export function checkBof(stream: Uint8Array): void {
  if (stream.length < 8) fail("read.xls-corrupt", { part: PART });
  const type = u16(stream, 0);
  // BIFF2–4 BOFs have other record numbers; BIFF5 (Excel 5.0/95) shares 0x0809 with version 0x0500.
  if (type === 0x0009 || type === 0x0209 || type === 0x0409) fail("read.xls-biff-old");
  if (type !== RT.BOF) fail("read.xls-corrupt", { part: PART });
  const version = u16(stream, 4);
  if (version !== BIFF8) fail("read.xls-biff-old");
  if (u16(stream, 6) !== GLOBALS) fail("read.xls-corrupt", { part: PART });
}

export function readGlobals(stream: Uint8Array, limits: ReadLimits): Globals {
  const g: Globals = { sheets: [], strings: [], formats: [], names: [], externSheets: [] };
  const declared = new Map<number, string>();
  const xfFormats: number[] = [];
  let first = true;
  for (const r of records(stream, 0, PART)) {
    if (first) {
      first = false;
      continue;
    }
    switch (r.type) {
      case RT.EOF:
        g.formats = xfFormats.map((id) => {
          const code = declared.get(id) ?? builtinFormat(id);
          return code === undefined || code === "General" ? undefined : code;
        });
        return g;
      case RT.FILEPASS:
        return fail("read.encrypted");
      case RT.BOUNDSHEET:
        if (g.sheets.length >= limits.maxEntries) fail("read.too-many-entries", { limit: limits.maxEntries });
        g.sheets.push(boundSheet(r.data, limits));
        break;
      case RT.SST:
        g.strings = sharedStrings(r, limits);
        break;
      case RT.XF:
        need(r.data, 4, PART);
        if (xfFormats.length >= 0x10000) fail("read.xls-corrupt", { part: PART });
        xfFormats.push(u16(r.data, 2));
        break;
      case RT.FORMAT: {
        need(r.data, 5, PART);
        declared.set(u16(r.data, 0), stringAt(r.data, 2, 2, limits.maxStringLength, PART)[0]);
        break;
      }
      case RT.NAME:
        if (g.names.length >= limits.maxEntries) fail("read.too-many-entries", { limit: limits.maxEntries });
        g.names.push(definedName(r.data));
        break;
      case RT.EXTERNSHEET: {
        need(r.data, 2, PART);
        const count = u16(r.data, 0);
        need(r.data, 2 + count * 6, PART);
        for (let i = 0; i < count; i++) g.externSheets.push(externSheet(r.data, 2 + i * 6, g));
        break;
      }
    }
  }
  return fail("read.truncated");
}

function boundSheet(d: Uint8Array, limits: ReadLimits): BoundSheet {
  need(d, 8, PART);
  const [name] = stringAt(d, 6, 1, limits.maxStringLength, PART);
  return { offset: u32(d, 0), state: STATES[d[4]! & 0x03] ?? "veryHidden", kind: d[5]!, name };
}

/** The sheet an EXTERNSHEET entry points at: within this workbook only when its SUPBOOK is the first. */
function externSheet(d: Uint8Array, at: number, g: Globals): number {
  const supbook = u16(d, at);
  const first = (u16(d, at + 2) << 16) >> 16;
  return supbook === 0 && first >= 0 && first < g.sheets.length ? first : -1;
}

/**
 * The shared-string table. Its declared count is checked against the limit before any
 * string is read, and each string must fit in what the records actually hold, so a table
 * claiming millions of strings costs nothing.
 */
function sharedStrings(r: BiffRecord, limits: ReadLimits): string[] {
  need(r.data, 8, PART);
  const unique = u32(r.data, 4);
  if (unique > limits.maxSharedStrings) fail("read.too-many-strings", { limit: limits.maxSharedStrings });
  const bytes = r.data.length - 8 + r.continues.reduce((n, c) => n + c.length, 0);
  // Three bytes is the smallest a string can take.
  if (unique * 3 > bytes) fail("read.xls-corrupt", { part: "SST" });
  const source = new Segments([r.data.subarray(8), ...r.continues], "SST");
  const strings: string[] = new Array<string>(unique);
  for (let i = 0; i < unique; i++) strings[i] = source.richString(limits.maxStringLength);
  return strings;
}

function definedName(d: Uint8Array): XlsName {
  need(d, 15, PART);
  const flags = u16(d, 0);
  const count = d[3]!;
  const cce = u16(d, 4);
  const itab = u16(d, 8);
  const wide = (d[14]! & 1) === 1;
  const nameEnd = 15 + count * (wide ? 2 : 1);
  need(d, nameEnd + cce, PART);
  let name = detach(chars(d, 15, count, wide));
  // A built-in name (print area, filter range) is stored as its one-character number.
  if (flags & 0x0020) name = "_xlnm." + (BUILTIN_NAMES[name.charCodeAt(0)] ?? name);
  return { name, itab, rgce: d.subarray(nameEnd, nameEnd + cce) };
}

/** A FORMULA record's cached value, as its eight bytes say. */
export type CachedValue = { kind: "number"; value: number } | { kind: "string" } | { kind: "empty-string" } | { kind: "boolean"; value: boolean } | { kind: "error"; code: number };

export function cachedValue(d: Uint8Array, at: number): CachedValue {
  if (d[at + 6] !== 0xff || d[at + 7] !== 0xff) return { kind: "number", value: f64(d, at) };
  switch (d[at]) {
    case 0:
      return { kind: "string" };
    case 1:
      return { kind: "boolean", value: d[at + 2] !== 0 };
    case 2:
      return { kind: "error", code: d[at + 2]! };
    default:
      return { kind: "empty-string" };
  }
}
