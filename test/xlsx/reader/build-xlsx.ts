/**
 * Hand-built .xlsx packages, part by part, for the quirks no friendly writer produces
 * (inline strings, missing `r`, Strict namespaces, hostile XML). Everything not given
 * gets the minimal valid default.
 */
import { writeZip, type ZipItem, type ZipKnobs } from "./zip-writer";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const STRICT_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const STRICT_REL_NS = "http://purl.oclc.org/ooxml/officeDocument/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface SheetSpec {
  name: string;
  /** The whole worksheet part, or (more often) the inside of `<sheetData>`. */
  sheetData?: string;
  xml?: string;
  state?: "hidden" | "veryHidden";
}

export interface XlsxSpec {
  sheets: SheetSpec[];
  /** Shared strings as plain texts, or the whole part as XML. */
  sharedStrings?: string[] | { xml: string | Uint8Array };
  styles?: string;
  /** The inside of `<definedNames>`. */
  definedNames?: string;
  /** Strict OOXML namespaces throughout. */
  strict?: boolean;
  /** Relationship targets as absolute part names (`/xl/worksheets/sheet1.xml`). */
  absoluteTargets?: boolean;
  /** Extra entries, or replacements of the defaults by name. */
  extra?: ZipItem[];
  /** Default entries to leave out, by name. */
  omit?: string[];
  zip?: ZipKnobs;
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function worksheet(sheetData: string, ns = MAIN_NS): string {
  return `${XML_DECL}<worksheet xmlns="${ns}"><sheetData>${sheetData}</sheetData></worksheet>`;
}

export function sharedStringsXml(strings: string[], ns = MAIN_NS): string {
  const items = strings.map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join("");
  return `${XML_DECL}<sst xmlns="${ns}" count="${strings.length}" uniqueCount="${strings.length}">${items}</sst>`;
}

export function buildXlsx(spec: XlsxSpec): Uint8Array {
  const ns = spec.strict ? STRICT_NS : MAIN_NS;
  const relNs = spec.strict ? STRICT_REL_NS : REL_NS;
  const relType = (kind: string): string => `${relNs}/${kind}`;
  const target = (path: string): string => (spec.absoluteTargets ? `/xl/${path}` : path);

  const sheetEls = spec.sheets
    .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`)
    .join("");
  const names = spec.definedNames ? `<definedNames>${spec.definedNames}</definedNames>` : "";
  const workbook = `${XML_DECL}<workbook xmlns="${ns}" xmlns:r="${relNs}"><sheets>${sheetEls}</sheets>${names}</workbook>`;

  const rels = spec.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${relType("worksheet")}" Target="${target(`worksheets/sheet${i + 1}.xml`)}"/>`);
  const n = spec.sheets.length;
  if (spec.sharedStrings) rels.push(`<Relationship Id="rId${n + 1}" Type="${relType("sharedStrings")}" Target="${target("sharedStrings.xml")}"/>`);
  if (spec.styles) rels.push(`<Relationship Id="rId${n + 2}" Type="${relType("styles")}" Target="${target("styles.xml")}"/>`);

  const items: ZipItem[] = [
    { name: "[Content_Types].xml", data: `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>` },
    {
      name: "_rels/.rels",
      data: `${XML_DECL}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${relType("officeDocument")}" Target="xl/workbook.xml"/></Relationships>`,
    },
    { name: "xl/workbook.xml", data: workbook },
    { name: "xl/_rels/workbook.xml.rels", data: `${XML_DECL}<Relationships xmlns="${PKG_REL_NS}">${rels.join("")}</Relationships>` },
    ...spec.sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: s.xml ?? worksheet(s.sheetData ?? "", ns) })),
  ];
  if (spec.sharedStrings) {
    items.push({ name: "xl/sharedStrings.xml", data: Array.isArray(spec.sharedStrings) ? sharedStringsXml(spec.sharedStrings, ns) : spec.sharedStrings.xml });
  }
  if (spec.styles) items.push({ name: "xl/styles.xml", data: spec.styles });
  for (const extra of spec.extra ?? []) {
    const at = items.findIndex((i) => i.name === extra.name);
    if (at >= 0) items[at] = extra;
    else items.push(extra);
  }
  return writeZip(items.filter((i) => !spec.omit?.includes(i.name)), spec.zip);
}

/** A styles part whose `cellXfs` carry the given numFmtIds, with custom formats declared. */
export function stylesXml(xfFormatIds: number[], custom: Record<number, string> = {}, ns = MAIN_NS): string {
  const fmts = Object.entries(custom).map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
  const numFmts = fmts.length ? `<numFmts count="${fmts.length}">${fmts.join("")}</numFmts>` : "";
  const xfs = xfFormatIds.map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"/>`).join("");
  return `${XML_DECL}<styleSheet xmlns="${ns}">${numFmts}<cellStyleXfs count="1"><xf numFmtId="3"/></cellStyleXfs><cellXfs count="${xfFormatIds.length}">${xfs}</cellXfs></styleSheet>`;
}
