/**
 * From a zip to the parts of a workbook: tells a spreadsheet package from the other zips
 * people send (.ods, .docx, .xlsb) and resolves where its parts are.
 */
import { fail } from "./failure";
import type { PartReader } from "./parts";
import { directoryOf, firstOfKind, readRels } from "./rels";
import type { ZipEntry } from "./zip";

const ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";
const ODF_MIME = "application/vnd.oasis.opendocument.";
const CONVENTIONAL_WORKBOOK = "xl/workbook.xml";

/** Refuses OpenDocument files, which say what they are in a first `mimetype` entry. */
export function refuseOpenDocument(reader: PartReader): void {
  const entry = reader.find("mimetype");
  if (!entry) return;
  const mime = new TextDecoder("utf-8").decode(reader.head(entry, 100)).trim();
  if (mime.startsWith(ODS_MIME)) fail("read.ods");
  if (mime.startsWith(ODF_MIME)) fail("read.not-spreadsheet");
}

/** The workbook part's name: the package's `officeDocument` relationship, else the usual name. */
export function findWorkbookPart(reader: PartReader): string {
  const declared = firstOfKind(readRels(reader, ""), "officeDocument")?.target;
  const name = declared && reader.find(declared) ? declared : CONVENTIONAL_WORKBOOK;
  if (name.toLowerCase().endsWith(".bin")) fail("read.xlsb");
  if (!reader.find(name)) fail("read.not-spreadsheet");
  return name;
}

/** A workbook-level part found by relationship, or by its usual name next to the workbook. */
export function findByKind(reader: PartReader, workbook: string, rels: ReturnType<typeof readRels>, kind: string, usual: string): ZipEntry | undefined {
  return reader.find(firstOfKind(rels, kind)?.target ?? directoryOf(workbook) + usual);
}
