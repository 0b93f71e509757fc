/**
 * Putting a blank form where the user can fill it: a new sheet next to the active one
 * when Excel can insert sheets, else a file to download. An existing sheet is never
 * replaced: the new one gets a free name ("Số liệu Tuần lễ (2)").
 */
import type { FormId } from "../../core/forms";
import { message } from "../../core/messages";
import { freeSheetNames, type WorkbookPort } from "../../excel/port";
import type { Download } from "./download";
import { isInsertUnsupported } from "./insert-unsupported";
import { FACES } from "../../core/kinds/faces";
import { loadForms, loadPipeline, loadWriter } from "./lazy";

export interface InsertFormInput {
  form: FormId;
  year: number;
  unit: string;
  parent: string;
}

export type InsertOutcome =
  | { kind: "inserted"; sheet: string }
  /** `cannotInsert`: Excel is there but cannot insert sheets. */
  | { kind: "downloaded"; file: string; cannotInsert: boolean }
  | { kind: "badYear"; min: number; max: number };

export async function insertForm(input: InsertFormInput, port: WorkbookPort | undefined, download: Download): Promise<InsertOutcome> {
  const [{ MIN_YEAR, MAX_YEAR }, { formSheet, defaultSheetName }, { renderWorkbook, toBase64 }] = await Promise.all([loadForms(), loadPipeline(), loadWriter()]);
  if (!Number.isInteger(input.year) || input.year < MIN_YEAR || input.year > MAX_YEAR) return { kind: "badYear", min: MIN_YEAR, max: MAX_YEAR };
  const unit = input.unit.trim() || undefined;
  const parent = input.parent.trim() || undefined;

  if (port?.canInsertSheets()) {
    const { names } = await port.listSheets();
    const [sheetName] = freeSheetNames([defaultSheetName(input.form)], names) as [string];
    const bytes = await renderWorkbook([formSheet(input.form, { year: input.year, unit, parent, sheetName })]);
    try {
      await port.insertSheets({ base64: toBase64(bytes), sheetNames: [sheetName] });
      return { kind: "inserted", sheet: sheetName };
    } catch (e) {
      if (!isInsertUnsupported(e)) throw e;
    }
  }
  const bytes = await renderWorkbook([formSheet(input.form, { year: input.year, unit, parent })]);
  const file = message(FACES[input.form].labels.fileName, { year: input.year });
  download(file, bytes);
  return { kind: "downloaded", file, cannotInsert: port !== undefined };
}
