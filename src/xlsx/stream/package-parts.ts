/** The package's small parts: content types, relationships, properties and workbook.xml. */
import type { RenderOptions } from "../writer/options";
import { xmlText } from "./escape";

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

export function contentTypes(sheets: number): string {
  const overrides = [
    ["/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"],
    ...Array.from({ length: sheets }, (_, i) => [`/xl/worksheets/sheet${i + 1}.xml`, SHEET_TYPE]),
    ["/xl/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"],
    ["/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"],
    ["/xl/sharedStrings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"],
    ["/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"],
    ["/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"],
  ];
  return (
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join("") +
    "</Types>"
  );
}

export const ROOT_RELS =
  `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`;

export function workbookRels(sheets: number): string {
  const rel = (id: number, type: string, target: string) => `<Relationship Id="rId${id}" Type="${REL}/${type}" Target="${target}"/>`;
  return (
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    rel(1, "styles", "styles.xml") +
    rel(2, "theme", "theme/theme1.xml") +
    rel(3, "sharedStrings", "sharedStrings.xml") +
    Array.from({ length: sheets }, (_, i) => rel(i + 4, "worksheet", `worksheets/sheet${i + 1}.xml`)).join("") +
    "</Relationships>"
  );
}

/** Author and title, and when the file was made. */
export function coreProperties(options: RenderOptions, now: Date): string {
  const when = now.toISOString().replace(/\.\d+Z$/, "Z");
  // As ExcelJS: a file with no author names "Unknown".
  const who = xmlText(options.creator ?? "Unknown");
  const creator = `<dc:creator>${who}</dc:creator><cp:lastModifiedBy>${who}</cp:lastModifiedBy>`;
  const title = options.title !== undefined ? `<dc:title>${xmlText(options.title)}</dc:title>` : "";
  return (
    `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `${creator}${title}<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
  );
}

export function appProperties(names: readonly string[]): string {
  return (
    `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    `<Application>Microsoft Excel</Application><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${names.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${names.length}" baseType="lpstr">${names.map((n) => `<vt:lpstr>${xmlText(n)}</vt:lpstr>`).join("")}</vt:vector></TitlesOfParts></Properties>`
  );
}

export interface DefinedName {
  name: string;
  formula: string;
  localSheetId?: number;
  hidden?: boolean;
}

export function workbookXml(names: readonly string[], active: number, defined: readonly DefinedName[]): string {
  const sheets = names.map((n, i) => `<sheet name="${xmlText(n)}" sheetId="${i + 1}" r:id="rId${i + 4}"/>`).join("");
  const entry = (d: DefinedName) =>
    `<definedName name="${xmlText(d.name)}"${d.localSheetId !== undefined ? ` localSheetId="${d.localSheetId}"` : ""}${d.hidden ? ' hidden="1"' : ""}>${xmlText(d.formula)}</definedName>`;
  return (
    `${XML}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">` +
    `<workbookPr/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="16000" windowHeight="10000" firstSheet="0" activeTab="${active}"/></bookViews>` +
    `<sheets>${sheets}</sheets>` +
    (defined.length ? `<definedNames>${defined.map(entry).join("")}</definedNames>` : "") +
    '<calcPr calcId="171027"/></workbook>'
  );
}
