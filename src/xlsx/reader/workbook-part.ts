/** `xl/workbook.xml`: the sheet list and the defined names. */
import type { RawSheet } from "../../core/cells";
import { fail } from "./failure";
import type { XmlTag } from "../xml/tag";
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

/** `r:id`, whatever prefix the writer bound to the relationships namespace. */
function relationshipId(tag: XmlTag): string {
  const key = tag.attrNames().find((k) => k.endsWith(":id"));
  return key === undefined ? "" : tag.attr(key)!;
}

function sheetState(value: string | undefined): RawSheet["state"] {
  return value === "hidden" || value === "veryHidden" ? value : "visible";
}

export function readWorkbookPart(reader: PartReader, entry: ZipEntry): WorkbookPart {
  const sheets: SheetEntry[] = [];
  const definedNames: DefinedNameEntry[] = [];
  let sawRoot = false;
  let name: DefinedNameEntry | undefined;
  reader.parseXml(entry, {
    open(tag) {
      const local = tag.local;
      if (!sawRoot) {
        sawRoot = true;
        // The package's main part is something else (a document, a presentation…).
        if (local !== "workbook") fail("read.not-spreadsheet");
        return;
      }
      if (local === "sheet") {
        sheets.push({ name: tag.attr("name") ?? "", state: sheetState(tag.attr("state")), relId: relationshipId(tag) });
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
      if (name) name.value += text;
    },
  });
  return { sheets, definedNames };
}
