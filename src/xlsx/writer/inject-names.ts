import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { RawName } from "./names";

const WORKBOOK = "xl/workbook.xml";

/**
 * Adds names ExcelJS cannot write (constants, hidden or sheet-local names) to the
 * written workbook. ExcelJS keeps defined names as sets of cells, so it has no way to
 * hold these; the package is opened once more and `<definedName>` elements are appended
 * to workbook.xml, which is where Excel, LibreOffice and WPS read them.
 */
export function injectNames(bytes: Uint8Array, names: readonly RawName[]): Uint8Array {
  const files = unzipSync(bytes);
  const part = files[WORKBOOK];
  if (!part) throw new Error("The written package has no xl/workbook.xml");
  const entries = names.map(entry).join("");
  let xml = strFromU8(part);
  if (xml.includes("</definedNames>")) {
    xml = xml.replace("</definedNames>", `${entries}</definedNames>`);
  } else {
    // Schema order: <definedNames> comes right before <calcPr>.
    const at = xml.indexOf("<calcPr");
    if (at < 0) throw new Error("Cannot place defined names in workbook.xml: no <calcPr>");
    xml = `${xml.slice(0, at)}<definedNames>${entries}</definedNames>${xml.slice(at)}`;
  }
  files[WORKBOOK] = strToU8(xml);
  return zipSync(files);
}

function entry(n: RawName): string {
  const local = n.localSheetId !== undefined ? ` localSheetId="${n.localSheetId}"` : "";
  const hidden = n.hidden ? ' hidden="1"' : "";
  return `<definedName name="${escapeXml(n.name)}"${local}${hidden}>${escapeXml(n.formula)}</definedName>`;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
