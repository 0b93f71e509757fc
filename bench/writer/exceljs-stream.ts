/**
 * The command line's former summary writer, kept only as a contender in `node bench/writer.js`:
 * ExcelJS's streaming WorkbookWriter driven by the ExcelJS writer's helpers. It leans on
 * ExcelJS internals (the WorkbookWriter's `zip`, `stream` and `commit()`, the sheet
 * writer's private `_writeSheetProtection`, `_writeAutoFilter` and `_writePageMargins`),
 * which exceljs 4.4.0 has; nothing in src/ uses it.
 */
import { stream, type AddWorksheetOptions, type Workbook, type Worksheet } from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { a1 } from "../../src/core/cells";
import { eachCell, type SheetDescription } from "../../src/core/sheet";
import { writeCell } from "../../src/xlsx/writer/cells";
import { injectNames } from "../../src/xlsx/writer/inject-names";
import { ListSource } from "../../src/xlsx/writer/list-source";
import { addDefinedNames, filterDatabases, type RawName } from "../../src/xlsx/writer/names";
import { applyPage, applyPageMarks } from "../../src/xlsx/writer/page";
import { protect } from "../../src/xlsx/writer/protection";
import type { Box } from "../../src/xlsx/writer/ranges";
import type { RenderOptions } from "../../src/xlsx/writer/options";
import { StyleBook } from "../../src/xlsx/writer/styles";
import { applyValidations } from "../../src/xlsx/writer/validation";
import { applyAutoFilter, applyColumns, checkLayout } from "../../src/xlsx/writer/sheet-layout";
import { applyView } from "../../src/xlsx/writer/view";
import { assertWritable, setWorkbookProperties } from "../../src/xlsx/writer/workbook-setup";

/** Rows written between two pauses that let the zip stream drain what was written. */
const ROWS_PER_PAUSE = 500;

interface StreamWorkbook {
  commit(): Promise<void>;
  /** ExcelJS's in-memory output buffer when no stream or file is given. */
  stream: { read(): Uint8Array };
  /** The `archiver` instance every part is appended to. */
  zip: { append(source: unknown, data: { name: string }): unknown };
}

export interface StreamRenderOptions extends RenderOptions {
  /**
   * Called after every few hundred rows written, when the rows before are already out of
   * memory: a caller that can collect garbage may do so here.
   */
  onRows?: () => void;
}

export async function renderWorkbookStreaming(sheets: readonly SheetDescription[], options: StreamRenderOptions = {}): Promise<Uint8Array> {
  const active = assertWritable(sheets, options);

  const wb = new stream.xlsx.WorkbookWriter({ useStyles: true, useSharedStrings: true });
  setWorkbookProperties(wb, options, active);

  const styles = new StyleBook();
  for (const [i, sheet] of sheets.entries()) await streamSheet(wb, sheet, i === active, styles, options.onRows);
  const raw = [...addDefinedNames(wb, sheets), ...filterDatabases(sheets)];
  const writer = wb as unknown as StreamWorkbook;
  if (raw.length > 0) namesOnTheWay(writer, raw);
  await writer.commit();
  return plain(writer.stream.read());
}

/**
 * The names ExcelJS cannot hold go into workbook.xml as it is handed to the zip, by the
 * in-memory writer's own `injectNames` applied to that part alone: re-opening the whole
 * finished package would inflate and deflate every sheet once more.
 */
function namesOnTheWay(writer: StreamWorkbook, raw: RawName[]): void {
  const zip = writer.zip;
  const append = zip.append.bind(zip);
  zip.append = (source, data) => {
    if (data.name !== "/xl/workbook.xml" || typeof source !== "string") return append(source, data);
    const alone = injectNames(zipSync({ "xl/workbook.xml": strToU8(source) }), raw);
    return append(strFromU8(unzipSync(alone)["xl/workbook.xml"]!), data);
  };
}

function plain(b: Uint8Array): Uint8Array {
  return new Uint8Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
}

/** What the in-memory writer would assign to a worksheet's view and page setup, captured. */
function viewAndPage(sheet: SheetDescription, selected: boolean): Partial<AddWorksheetOptions> {
  const probe = { pageSetup: {} } as Worksheet;
  applyView(probe, sheet, selected);
  if (sheet.page) applyPage(probe, sheet.page);
  return { views: probe.views, pageSetup: probe.pageSetup };
}

/** The streaming sheet writer's steps that {@link schemaOrder} puts right. */
interface SheetWriterSteps {
  stream: { write(xml: string): void };
  _writeSheetProtection(): void;
  _writeAutoFilter(): void;
  _writePageMargins(): void;
}

/**
 * ExcelJS's streaming sheet writer puts `<sheetProtection>` after `<dataValidations>`, where
 * the schema (and so Excel, which "repairs" the file) wants it right after `<sheetData>`,
 * and leaves `<printOptions>` (centring on the page) out. The in-memory writer does both
 * right; here the same elements are written where it writes them.
 */
function schemaOrder(ws: Worksheet): void {
  const steps = ws as unknown as SheetWriterSteps;
  const protection = steps._writeSheetProtection.bind(steps);
  const autoFilter = steps._writeAutoFilter.bind(steps);
  const margins = steps._writePageMargins.bind(steps);
  steps._writeSheetProtection = () => undefined;
  steps._writeAutoFilter = () => {
    protection();
    autoFilter();
  };
  steps._writePageMargins = () => {
    const p = ws.pageSetup;
    const on = (flag: boolean | undefined, name: string) => (flag ? ` ${name}="1"` : "");
    const attributes = on(p.showRowColHeaders, "headings") + on(p.showGridLines, "gridLines") + on(p.horizontalCentered, "horizontalCentered") + on(p.verticalCentered, "verticalCentered");
    if (attributes) steps.stream.write(`<printOptions${attributes}/>`);
    margins();
  };
}

async function streamSheet(wb: Workbook, sheet: SheetDescription, selected: boolean, styles: StyleBook, onRows?: () => void): Promise<void> {
  // The streaming writer writes the sheet's properties and views as it opens the sheet.
  const ws = wb.addWorksheet(sheet.name, viewAndPage(sheet, selected));
  schemaOrder(ws);
  const { merges, heights, targets, lastCol } = checkLayout(sheet);
  applyColumns(ws, sheet);
  // Before any row is written: the lists behind long drop-downs go down hidden columns
  // from row 1, and columns are written with the first row.
  applyValidations(ws, targets, new ListSource(ws, lastCol + 1, styles.get(undefined, true)));
  applyAutoFilter(ws, sheet);
  if (sheet.page) applyPageMarks(ws, sheet.page);

  await writeRows(ws, sheet, heights, merges, styles, onRows);
  if (sheet.protect) await protect(ws, sheet.autoFilter !== undefined);
  ws.commit();
}

/**
 * Row by row in order. A merge is made once its last row is written (merging copies the
 * top-left cell's style over the area, as in the in-memory writer, where merges come after
 * every cell), and a row is committed once no merge still to be made reaches it.
 */
async function writeRows(ws: Worksheet, sheet: SheetDescription, heights: Map<number, number>, merges: Box[], styles: StyleBook, onRows?: () => void): Promise<void> {
  const byRow = new Map<number, SheetDescription["cells"][number][]>();
  for (const c of eachCell(sheet)) {
    let list = byRow.get(c.row);
    if (!list) byRow.set(c.row, (list = []));
    list.push(c);
  }
  const rows = [...new Set([...byRow.keys(), ...heights.keys(), ...merges.flatMap((m) => [m.top, m.bottom])])].sort((a, b) => a - b);
  const pending = [...merges].sort((a, b) => a.bottom - b.bottom);
  // The same merges by their top row: the first not yet made bounds what may be committed.
  const byTop = [...merges].sort((a, b) => a.top - b.top);
  const made = new Set<Box>();
  let firstOpen = 0;
  const created: number[] = [];
  let written = 0;

  for (const r of rows) {
    const row = ws.getRow(r);
    created.push(r);
    const height = heights.get(r);
    if (height !== undefined) row.height = height;
    for (const c of byRow.get(r) ?? []) {
      const cell = ws.getCell(c.row, c.col);
      writeCell(cell, c, `${sheet.name}!${a1(c.row, c.col)}`);
      cell.style = styles.get(c.style, c.locked !== false);
    }
    byRow.delete(r);
    while (pending.length > 0 && pending[0]!.bottom <= r) {
      const m = pending.shift()!;
      ws.mergeCells(m.top, m.left, m.bottom, m.right);
      made.add(m);
    }
    // Rows above every merge still to be made are final.
    while (firstOpen < byTop.length && made.has(byTop[firstOpen]!)) firstOpen++;
    const open = firstOpen < byTop.length ? byTop[firstOpen]!.top : Infinity;
    let last = -1;
    while (created.length > 0 && created[0]! < open && created[0]! <= r) last = created.shift()!;
    if (last >= 0) ws.getRow(last).commit();
    if (++written % ROWS_PER_PAUSE === 0) {
      onRows?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
}
