import type { SheetDescription } from "../../core/sheet";
import { injectNames } from "./inject-names";
import { addDefinedNames, filterDatabases } from "./names";
import { renderSheet } from "./sheet";
import { StyleBook } from "./styles";
import type { RenderOptions } from "./options";
import { assertWritable, setWorkbookProperties } from "./workbook-setup";

/**
 * Renders host-neutral sheet descriptions into the bytes of an .xlsx file. Runs in Node
 * and in the browser alike: the add-in inserts these very bytes with
 * `insertWorksheetsFromBase64`, so a form in a file and a form in Excel are one.
 */
export async function renderWorkbook(sheets: readonly SheetDescription[], options: RenderOptions = {}): Promise<Uint8Array> {
  const active = assertWritable(sheets, options);

  // Loaded when first needed: a command that writes no workbook through ExcelJS (a
  // consolidation of 50,000 files) never holds its 25 MB of code. Eager: no chunk of its own in the pane.
  const { Workbook } = await import(/* webpackMode: "eager" */ "exceljs");
  const wb = new Workbook();
  setWorkbookProperties(wb, options, active);

  const styles = new StyleBook();
  for (const [i, sheet] of sheets.entries()) await renderSheet(wb, sheet, i === active, styles);
  const raw = [...addDefinedNames(wb, sheets), ...filterDatabases(sheets)];

  const bytes = plainBytes(await wb.xlsx.writeBuffer());
  return raw.length > 0 ? injectNames(bytes, raw) : bytes;
}

/**
 * ExcelJS resolves with a Node Buffer in Node and an ArrayBuffer-like in the browser;
 * callers get a plain Uint8Array either way (a copy, so no Buffer pool comes along).
 */
function plainBytes(out: unknown): Uint8Array {
  if (ArrayBuffer.isView(out)) return new Uint8Array(out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength));
  if (out instanceof ArrayBuffer || Object.prototype.toString.call(out) === "[object ArrayBuffer]") {
    return new Uint8Array(out as ArrayBuffer);
  }
  throw new Error("ExcelJS returned no bytes");
}
