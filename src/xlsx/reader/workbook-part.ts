/** `xl/workbook.xml`: the sheet list and the defined names. */
import type { SaxesTagPlain } from "saxes";
import type { RawSheet } from "../../core/cells";
import { fail } from "./failure";
import { localName, type PartReader } from "./parts";
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
function relationshipId(tag: SaxesTagPlain): string {
  for (const key in tag.attributes) {
    if (key.endsWith(":id")) return tag.attributes[key]!;
  }
  return "";
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
      const local = localName(tag.name);
      if (!sawRoot) {
        sawRoot = true;
        // The package's main part is something else (a document, a presentation…).
        if (local !== "workbook") fail("read.not-spreadsheet");
        return;
      }
      const a = tag.attributes;
      if (local === "sheet") {
        sheets.push({ name: a.name ?? "", state: sheetState(a.state), relId: relationshipId(tag) });
      } else if (local === "definedName") {
        const local = a.localSheetId === undefined ? undefined : Number(a.localSheetId);
        name = { name: a.name ?? "", value: "", ...(Number.isInteger(local) ? { localSheetId: local } : {}) };
      }
    },
    close(tag) {
      if (name && localName(tag.name) === "definedName") {
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
