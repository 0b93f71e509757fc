/**
 * A worksheet part, streamed. Only `<sheetData>` is read: reading stops at its end, so
 * merges, validations, conditional formats and the like (the parts that hold range
 * references) are never even parsed, let alone expanded. `<dimension>` is ignored too:
 * cells are placed where their own XML puts them, nothing iterates a declared range.
 */
import { a1, setCell, type RawCell, type RawSheet } from "../../core/cells";
import { isDateFormat } from "../../core/numbers";
import { parseCellRef, parseRowNumber, parsed } from "./cell-ref";
import { fail } from "./failure";
import type { XmlTag } from "../xml/tag";
import type { PartReader } from "./parts";
import { StringItem, TOO_LONG, type SharedStrings } from "./shared-strings";
import type { CellFormats } from "./styles";
import { decodeEscapes, detach, isoToSerial } from "./text";
import type { ZipEntry } from "./zip";

export interface SheetInput {
  sheet: RawSheet;
  entry: ZipEntry;
  sharedStrings: SharedStrings;
  formats: CellFormats;
}

/** A cell's `s`: a few digits, read without Number()'s general parse; anything else as before. */
function styleIndex(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9 || i > 6) return Number(s);
    n = n * 10 + d;
  }
  return s.length === 0 ? Number(s) : n;
}

const ERROR_VALUE = /^#[A-Z0-9_/]{1,15}[!?]?$/;

/** What text the parser is collecting. */
const enum Capture {
  None,
  Value,
  Formula,
}

/**
 * Reads the cells into `input.sheet`. Returns false, leaving the sheet partly filled,
 * when content lies beyond the row or column limit: the caller drops the sheet.
 */
export function readSheet(reader: PartReader, input: SheetInput): boolean {
  const { sheet, entry, sharedStrings, formats } = input;
  const { maxSheetRows, maxSheetCols, maxStringLength, maxFormulaLength } = reader.limits;
  const part = entry.name;
  /**
   * Each shared formula's text, once: the cells of its group point at that one string. A
   * copy per cell let a 60 KB file grow to gigabytes. The text is the master's, unshifted:
   * the core asks of a formula only that it is there and, for a total, its shape.
   */
  const sharedFormulas = new Map<string, string>();
  const inline = new StringItem(maxStringLength);

  let inSheetData = false;
  let tooLarge = false;
  let row = 0;
  let col = 0;
  // The cell being read.
  let type: string | undefined;
  let style = 0;
  let value: string | undefined;
  let formula: string | undefined;
  let formulaType: string | undefined;
  let formulaGroup: string | undefined;
  let inlineText: string | typeof TOO_LONG | undefined;
  let inInline = false;
  let capture = Capture.None;
  let buffer = "";

  const corrupt = (): never => fail("read.corrupt-part", { part, sheet: sheet.name });
  const tooLong = (): never => fail("read.string-too-long", { part, sheet: sheet.name, cell: a1(row, col), limit: maxStringLength });

  function openRow(tag: XmlTag): void {
    const r = tag.attr("r");
    // A row without `r` follows the previous one (LibreOffice and others omit it).
    row = r === undefined ? row + 1 : parseRowNumber(r);
    if (row === 0) corrupt();
    col = 0;
  }

  function openCell(tag: XmlTag): void {
    const r = tag.attr("r");
    if (r === undefined) {
      // A cell without `r` follows the previous cell of its row.
      col++;
      if (row === 0) row = 1;
    } else {
      if (!parseCellRef(r)) corrupt();
      row = parsed.row;
      col = parsed.col;
    }
    type = tag.attr("t");
    const s = tag.attr("s");
    style = s === undefined ? 0 : styleIndex(s);
    value = undefined;
    formula = undefined;
    formulaType = undefined;
    formulaGroup = undefined;
    inlineText = undefined;
  }

  function formulaText(): string | undefined {
    if (formulaType === "shared" && formulaGroup !== undefined) {
      // The master holds the text; the other cells of the group hold only `si`.
      if (!formula) return sharedFormulas.get(formulaGroup);
      const master = detach(formula);
      sharedFormulas.set(formulaGroup, master);
      return master;
    }
    return formula ? detach(formula) : undefined;
  }

  function text(s: string): string {
    const decoded = decodeEscapes(s);
    if (decoded.length > maxStringLength) tooLong();
    return detach(decoded);
  }

  /** Text is collected only up to a bound, so no cell can make the reader hold megabytes. */
  function collect(s: string): void {
    buffer += s;
    if (capture === Capture.Formula) {
      if (buffer.length > maxFormulaLength) fail("read.formula-too-long", { part, sheet: sheet.name, cell: a1(row, col), limit: maxFormulaLength });
    } else if (buffer.length > maxStringLength * 7) {
      // An escape is at most 7 characters for one: past this, the text is too long decoded too.
      tooLong();
    }
  }

  function number(s: string): number {
    const n = +s;
    // `+" "` is 0 too: only a zero needs the costlier look for a digit.
    return Number.isFinite(n) && (n !== 0 || /\d/.test(s)) ? n : corrupt();
  }

  /** The cell's value; undefined when the cell is blank (a style alone, or an empty string). */
  function build(f: string | undefined): RawCell | undefined {
    switch (type) {
      case undefined:
      case "n": {
        if (!value) return f === undefined ? undefined : { kind: "formula", formula: f };
        const cell: RawCell = { kind: "number", value: number(value) };
        const numFmt = formats[style];
        if (numFmt !== undefined) cell.numFmt = numFmt;
        if (f !== undefined) cell.formula = f;
        return cell;
      }
      case "s": {
        if (!value) return undefined;
        const index = Number(value);
        const s = sharedStrings[index];
        if (!Number.isInteger(index) || s === undefined) {
          return fail("read.string-index", { part, sheet: sheet.name, cell: a1(row, col), index: value });
        }
        if (s === TOO_LONG) return tooLong();
        return s === "" ? undefined : { kind: "string", value: s };
      }
      case "str":
        // A formula whose result is the empty string is saved as `<v></v>`: that is a
        // computed result, not a missing one.
        if (value === undefined) return f === undefined ? undefined : { kind: "formula", formula: f };
        if (value === "" && f === undefined) return undefined;
        return f === undefined ? { kind: "string", value: text(value) } : { kind: "string", value: text(value), formula: f };
      case "inlineStr": {
        // `<is>` text is decoded already; a `<v>` in its place (some writers) is not.
        if (inlineText === TOO_LONG) return tooLong();
        const s = inlineText ?? (value === undefined ? undefined : text(value));
        if (!s) return f === undefined ? undefined : { kind: "formula", formula: f };
        return f === undefined ? { kind: "string", value: s } : { kind: "string", value: s, formula: f };
      }
      case "b": {
        if (!value) return f === undefined ? undefined : { kind: "formula", formula: f };
        const b = value === "1" || value === "true" ? true : value === "0" || value === "false" ? false : corrupt();
        return f === undefined ? { kind: "boolean", value: b } : { kind: "boolean", value: b, formula: f };
      }
      case "e":
        if (!value) return f === undefined ? undefined : { kind: "formula", formula: f };
        // `#N/A`, `#GETTING_DATA` and the like; anything else is no error value Excel has.
        if (!ERROR_VALUE.test(value)) return corrupt();
        return f === undefined ? { kind: "error", value } : { kind: "error", value, formula: f };
      case "d": {
        if (!value) return f === undefined ? undefined : { kind: "formula", formula: f };
        const serial = isoToSerial(value);
        if (serial === undefined) return corrupt();
        // Typed as a date, it is a date whatever the cell's format: a count cell styled
        // `#,##0` holding one must be flagged as a date, never summed as 45,931.
        const numFmt = formats[style];
        const cell: RawCell = { kind: "number", value: serial, numFmt: isDateFormat(numFmt) ? numFmt! : "yyyy-mm-dd" };
        if (f !== undefined) cell.formula = f;
        return cell;
      }
      default:
        return corrupt();
    }
  }

  /** True when the cell lies beyond the limits: the reading stops there. */
  function closeCell(): boolean {
    const cell = build(formulaText());
    if (cell === undefined) return false;
    if (row > maxSheetRows || col > maxSheetCols) {
      tooLarge = true;
      return true;
    }
    setCell(sheet, row, col, cell);
    return false;
  }

  reader.parseXml(entry, {
    open(tag) {
      const name = tag.local;
      if (!inSheetData) {
        if (name === "sheetData") inSheetData = true;
        return;
      }
      switch (name) {
        case "c":
          return openCell(tag);
        case "v":
          capture = Capture.Value;
          buffer = "";
          return;
        case "f":
          capture = Capture.Formula;
          buffer = "";
          formulaType = tag.attr("t");
          formulaGroup = tag.attr("si");
          return;
        case "row":
          return openRow(tag);
        case "is":
          inInline = true;
          inline.reset();
          return;
        default:
          if (inInline) inline.open(name);
      }
    },
    close(name) {
      if (!inSheetData) return;
      switch (name) {
        case "c":
          return closeCell();
        case "v":
          value = buffer;
          capture = Capture.None;
          return;
        case "f":
          formula = buffer;
          capture = Capture.None;
          return;
        case "is":
          inlineText = inline.value();
          inInline = false;
          return;
        case "sheetData":
          // Everything after the cells is of no use here.
          return true;
        default:
          if (inInline) inline.close(name);
      }
    },
    text(s) {
      if (capture !== Capture.None) collect(s);
      else if (inInline) inline.add(s);
    },
  });
  return !tooLarge;
}
