/** `xl/workbook.xml`: the sheet list and the defined names. */
import type { RawSheet } from "../../core/cells";
import { fail } from "./failure";
import { RELATIONSHIPS, SPREADSHEETML, type NamespacedHandlers } from "../xml/namespaces";
import { PartMemo } from "./part-memo";
import type { PartReader } from "./parts";
import type { ZipEntry } from "./zip";

export interface SheetEntry {
  name: string;
  state: RawSheet["state"];
  relId: string;
}

export interface DefinedNameEntry {
  name: string;
  value: string;
  /** Index into the workbook's own sheet list, not yet into the sheets that were read. */
  localSheetId?: number;
}

export interface WorkbookPart {
  sheets: SheetEntry[];
  definedNames: DefinedNameEntry[];
}


function sheetState(value: string | undefined): RawSheet["state"] {
  return value === "hidden" || value === "veryHidden" ? value : "visible";
}

const kept = new PartMemo<Readonly<WorkbookPart>>();

export function readWorkbookPart(reader: PartReader, entry: ZipEntry): Readonly<WorkbookPart> {
  return reader.reuse(kept, entry, "", () => parseWorkbookPart(reader, entry));
}

function parseWorkbookPart(reader: PartReader, entry: ZipEntry): WorkbookPart {
  const sheets: SheetEntry[] = [];
  const definedNames: DefinedNameEntry[] = [];
  let sawRoot = false;
  let name: DefinedNameEntry | undefined;
  const handlers: NamespacedHandlers = {
    open(tag, scope) {
      const local = tag.local;
      if (!sawRoot) {
        sawRoot = true;
        if (local !== "workbook") fail("read.not-spreadsheet");
        return;
      }
      if (local === "sheet") {
        // `r:id`, whatever prefix the writer bound to the relationships namespace.
        sheets.push({ name: tag.attr("name") ?? "", state: sheetState(tag.attr("state")), relId: scope.attrIn(tag, RELATIONSHIPS, "id") ?? "" });
      } else if (local === "definedName") {
        const sheetId = tag.attr("localSheetId");
        const local = sheetId === undefined ? undefined : Number(sheetId);
        name = { name: tag.attr("name") ?? "", value: "", ...(Number.isInteger(local) ? { localSheetId: local } : {}) };
      }
    },
    close(local) {
      if (name && local === "definedName") {
        definedNames.push(name);
        name = undefined;
      }
    },
    text(text) {
      if (!name) return;
      name.value += text;
      // A name is a formula: past Excel's own limit, the part was not written by Excel.
      if (name.value.length > reader.limits.maxFormulaLength) fail("read.corrupt-part", { part: entry.name });
    },
  };
  // A root of another namespace, or another root: the package's main part is another kind
  // of document (a Word document, a presentation…).
  reader.parseXml(entry, handlers, SPREADSHEETML, "read.not-spreadsheet");
  return { sheets, definedNames };
}
