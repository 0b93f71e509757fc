/**
 * `content.xml` of an OpenDocument spreadsheet, streamed into the cell model. Tables are
 * rows of cells, and both may be repeated: LibreOffice ends every row with an empty cell
 * repeated to column 16,384 and every table with an empty row repeated to row 1,048,576.
 * An empty repeat only moves the position; a repeat with content is materialised cell by
 * cell, never past the sheet's limits, and never past a budget for the whole workbook.
 */
import { ODF_NAMESPACES } from "./namespaces";
import { a1, setCell, type RawCell, type RawSheet } from "../../core/cells";
import { fail } from "../reader/failure";
import type { PartReader } from "../reader/parts";
import { detach, isoToSerial } from "../reader/text";
import type { ZipEntry } from "../reader/zip";
import type { XmlTag } from "../xml/tag";
import { odfAddress, odfFormula } from "./formula";

export interface OdsTable {
  sheet: RawSheet;
  /** False when content lay past the sheet limits: the caller leaves the sheet out. */
  complete: boolean;
  /** Left unread because the caller did not want it. */
  skipped: boolean;
}

export interface OdsName {
  name: string;
  value: string;
  /** Index into the tables when the name is local to one. */
  table?: number;
}

export interface OdsContent {
  tables: OdsTable[];
  names: OdsName[];
}

export interface ContentOptions {
  wanted(name: string, index: number): boolean;
  /** Cells a whole workbook may materialise, repeats included. */
  maxCells: number;
}

const DURATION = /^-?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** `PT12H30M00S` as a fraction of a day. */
function durationToDays(text: string): number | undefined {
  const m = DURATION.exec(text.trim());
  if (!m) return undefined;
  const days = Number(m[1] ?? 0) + (Number(m[2] ?? 0) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0)) / 86_400;
  return text.trim().startsWith("-") ? -days : days;
}

/** A count attribute: 1 when absent; refused when not a positive integer. */
function repeat(tag: XmlTag, name: string, part: string): number {
  const v = tag.attr(name);
  if (v === undefined) return 1;
  const n = Number(v);
  return Number.isInteger(n) && n >= 1 ? n : fail("read.corrupt-part", { part });
}

export function readContent(reader: PartReader, entry: ZipEntry, options: ContentOptions): OdsContent {
  const part = entry.name;
  const { maxSheetRows, maxSheetCols, maxStringLength } = reader.limits;
  const hiddenStyles = new Set<string>();
  const tables: OdsTable[] = [];
  const names: OdsName[] = [];
  let cellsLeft = options.maxCells;

  // Where the reader is.
  let styleName: string | undefined;
  let table: OdsTable | undefined;
  /** Depth inside a table being skipped (unwanted, or too large to keep). */
  let skipping = 0;
  let row = 0;
  let rowRepeat = 1;
  let rowCells: { col: number; cell: RawCell }[] = [];
  let col = 0;
  // The cell being read.
  let inCell = false;
  let cellRepeat = 1;
  let cellTag: { type?: string; value?: string; date?: string; time?: string; bool?: string; string?: string; formula?: string; calc?: string } = {};
  let paragraphs: string[] = [];
  let paragraph: string | undefined;
  /** Depth inside an annotation or drawing within a cell: its text is not the cell's. */
  let aside = 0;

  /** A cell's text past what a cell may hold: the cell named, as the .xlsx reader names it. */
  const tooLong = (): never => fail("read.string-too-long", { part, sheet: table?.sheet.name ?? "", cell: a1(row + 1, col + 1), limit: maxStringLength });
  const addText = (s: string): void => {
    if (paragraph === undefined) return;
    if (paragraph.length + s.length > maxStringLength) tooLong();
    paragraph += s;
  };

  const number = (text: string | undefined): number => {
    const n = Number(text);
    return text !== undefined && text.trim() !== "" && Number.isFinite(n) ? n : fail("read.corrupt-part", { part, sheet: table?.sheet.name ?? "" });
  };

  /** The cell's value; undefined when it holds nothing (a style alone). */
  function build(): RawCell | undefined {
    const t = cellTag;
    const formula = t.formula === undefined ? undefined : detach(odfFormula(t.formula));
    const text = (): string => detach(t.string ?? paragraphs.join("\n"));
    const withFormula = (c: RawCell): RawCell => (formula === undefined ? c : { ...c, formula });
    if (t.calc === "error") return withFormula({ kind: "error", value: paragraphs.join("") || "#VALUE!" });
    switch (t.type) {
      case undefined: {
        // No value type: text typed without one, or nothing at all.
        const s = paragraphs.join("\n");
        if (s !== "") return withFormula({ kind: "string", value: detach(s) });
        return formula === undefined ? undefined : { kind: "formula", formula };
      }
      case "float":
      case "percentage":
      case "currency":
        return withFormula({ kind: "number", value: number(t.value) });
      case "date": {
        const serial = t.date === undefined ? undefined : isoToSerial(t.date);
        if (serial === undefined) return fail("read.corrupt-part", { part, sheet: table?.sheet.name ?? "" });
        return withFormula({ kind: "number", value: serial, numFmt: "yyyy-mm-dd" });
      }
      case "time": {
        const days = t.time === undefined ? undefined : durationToDays(t.time);
        if (days === undefined) return fail("read.corrupt-part", { part, sheet: table?.sheet.name ?? "" });
        return withFormula({ kind: "number", value: days, numFmt: "hh:mm:ss" });
      }
      case "boolean":
        return withFormula({ kind: "boolean", value: t.bool === "true" || t.bool === "1" });
      case "string": {
        const s = text();
        // A formula whose result is the empty string keeps it, as the .xlsx reader does.
        if (s === "") return formula === undefined ? undefined : { kind: "string", value: "", formula };
        return withFormula({ kind: "string", value: s });
      }
      default:
        return fail("read.corrupt-part", { part, sheet: table?.sheet.name ?? "" });
    }
  }

  const tooLarge = (): void => {
    table!.complete = false;
    skipping = 1;
  };

  function closeCell(): void {
    inCell = false;
    const cell = build();
    if (cell !== undefined) {
      if (col + cellRepeat > maxSheetCols) return tooLarge();
      for (let i = 0; i < cellRepeat; i++) rowCells.push({ col: col + 1 + i, cell });
    }
    col += cellRepeat;
  }

  function closeRow(): void {
    if (rowCells.length > 0) {
      if (row + rowRepeat > maxSheetRows) return tooLarge();
      const total = rowCells.length * rowRepeat;
      if (total > cellsLeft) fail("read.ods-repeat-too-large", { limit: options.maxCells, sheet: table!.sheet.name });
      cellsLeft -= total;
      for (let r = 1; r <= rowRepeat; r++) for (const c of rowCells) setCell(table!.sheet, row + r, c.col, c.cell);
    }
    row += rowRepeat;
    rowCells = [];
  }

  function openTable(tag: XmlTag): void {
    const name = tag.attr("table:name") ?? `Sheet${tables.length + 1}`;
    const sheet: RawSheet = { name: detach(name), state: "visible", maxRow: 0, maxCol: 0, cells: new Map() };
    const style = tag.attr("table:style-name");
    if (style !== undefined && hiddenStyles.has(style)) sheet.state = "hidden";
    const wanted = options.wanted(sheet.name, tables.length);
    table = { sheet, complete: true, skipped: !wanted };
    tables.push(table);
    row = 0;
    skipping = wanted ? 0 : 1;
  }

  function openName(tag: XmlTag, local: string): void {
    const name = tag.attr("table:name");
    const address = local === "named-range" ? tag.attr("table:cell-range-address") : tag.attr("table:expression");
    if (name === undefined || address === undefined) return;
    const value = local === "named-range" ? odfAddress(address) : odfFormula(address);
    names.push(table === undefined ? { name, value } : { name, value, table: tables.length - 1 });
  }

  reader.parseXml(entry, {
    open(tag) {
      const local = tag.local;
      if (skipping > 0) {
        if (local === "table" && !tag.selfClosing) skipping++;
        // The names of a table left out are still the table's.
        else if (local === "named-range" || local === "named-expression") openName(tag, local);
        return;
      }
      if (inCell) {
        if (aside > 0 || local === "annotation" || local === "frame") {
          if (!tag.selfClosing) aside++;
          return;
        }
        switch (local) {
          case "p":
          case "h":
            paragraph = "";
            if (tag.selfClosing) paragraphs.push("");
            return;
          case "s": {
            const n = repeat(tag, "text:c", part);
            if (n > maxStringLength) tooLong();
            addText(" ".repeat(n));
            return;
          }
          case "tab":
            addText("\t");
            return;
          case "line-break":
            addText("\n");
            return;
        }
        return;
      }
      switch (local) {
        case "style":
          styleName = tag.attr("style:family") === "table" ? tag.attr("style:name") : undefined;
          return;
        case "table-properties":
          if (styleName !== undefined && tag.attr("table:display") === "false") hiddenStyles.add(styleName);
          return;
        case "table":
          openTable(tag);
          if (tag.selfClosing) {
            table = undefined;
            skipping = 0;
          }
          return;
        case "table-row":
          if (!table) return;
          rowRepeat = repeat(tag, "table:number-rows-repeated", part);
          rowCells = [];
          col = 0;
          if (tag.selfClosing) row += rowRepeat;
          return;
        case "table-cell":
        case "covered-table-cell":
          if (!table) return;
          cellRepeat = repeat(tag, "table:number-columns-repeated", part);
          cellTag = {
            type: tag.attr("office:value-type"),
            value: tag.attr("office:value"),
            date: tag.attr("office:date-value"),
            time: tag.attr("office:time-value"),
            bool: tag.attr("office:boolean-value"),
            string: tag.attr("office:string-value"),
            formula: tag.attr("table:formula"),
            calc: tag.attr("calcext:value-type"),
          };
          paragraphs = [];
          paragraph = undefined;
          aside = 0;
          inCell = true;
          if (tag.selfClosing) closeCell();
          return;
        case "named-range":
        case "named-expression":
          openName(tag, local);
          return;
      }
    },
    close(local) {
      if (skipping > 0) {
        if (local === "table" && --skipping === 0) table = undefined;
        return;
      }
      if (inCell) {
        if (aside > 0) {
          aside--;
          return;
        }
        if (local === "p" || local === "h") {
          if (paragraph !== undefined) paragraphs.push(paragraph);
          paragraph = undefined;
        } else if (local === "table-cell" || local === "covered-table-cell") closeCell();
        return;
      }
      if (local === "table-row" && table) closeRow();
      else if (local === "table") table = undefined;
      else if (local === "style") styleName = undefined;
    },
    text(s) {
      if (inCell && aside === 0) addText(s);
    },
  }, ODF_NAMESPACES, "read.not-spreadsheet");
  return { tables, names };
}
