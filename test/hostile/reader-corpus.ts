/**
 * Hostile files on the reader's side: files that try to stall the reader, to
 * grow its memory, or to make it sum what Excel does not show. Each is a real filled form
 * (or a crafted package) with one quirk written in by hand, byte for byte, and named after
 * it; each comes with its fate, as in corpus.ts. The expected numbers are those the test
 * wrote into the form, never read back from our own output.
 *
 * Shared by test/hostile/reader-hostile.test.ts (which asserts it) and bench/hostile.js
 * (which times it, each file in a fresh process).
 */
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { strFromU8, strToU8, unzipSync } from "fflate";
import { getForm } from "../../src/core/kinds";
import type { StatsTableForm } from "../../src/core/kinds/stats-table";
import type { MessageCode } from "../../src/core/messages";
import { randomSchoolValues, seeded } from "../../src/core/sample";
import { buildXlsx } from "../xlsx/reader/build-xlsx";
import { writeZip, type ZipItem } from "../xlsx/reader/zip-writer";
import { filledForm, type Fate, type HostileFile } from "./corpus";

const form = getForm("stats-table") as StatsTableForm;
const SHEET_PART = "xl/worksheets/sheet1.xml";
/** A namespace of no standard: what a sender invents to hide a value in. */
const FAKE_NS = "urn:example:hidden";

type Parts = ZipItem[];

function partsOf(bytes: Uint8Array): Parts {
  return Object.entries(unzipSync(bytes)).map(([name, data]) => ({ name, data }));
}

function textOf(parts: Parts, name: string): string {
  const part = parts.find((p) => p.name === name);
  if (!part) throw new Error(`no part ${name}`);
  return typeof part.data === "string" ? part.data : strFromU8(part.data);
}

/** The package with one part's text rewritten; an edit that changes nothing is a broken test. */
function edit(parts: Parts, name: string, change: (xml: string) => string): Parts {
  const before = textOf(parts, name);
  const after = change(before);
  if (after === before) throw new Error(`editing ${name} changed nothing`);
  return parts.map((p) => (p.name === name ? { name, data: after } : p));
}

/** The first plain number cell of the table (row 15 on): a count or an amount the form sums. */
const NUMBER_CELL = /<c r="([A-Z]+)(\d+)" s="(\d+)"><v>(\d+)<\/v><\/c>/g;

function firstNumberCell(xml: string): { whole: string; ref: string; style: string; value: string } {
  for (const m of xml.matchAll(NUMBER_CELL)) {
    if (Number(m[2]) >= 15) return { whole: m[0], ref: `${m[1]}${m[2]}`, style: m[3]!, value: m[4]! };
  }
  throw new Error("no number cell in the form's table");
}

/** The sheet's root with one more namespace declared ignorable, as `mc:Ignorable="x14ac x"`. */
function declareIgnorable(xml: string, prefix: string): string {
  return xml.replace('mc:Ignorable="x14ac"', `mc:Ignorable="x14ac ${prefix}" xmlns:${prefix}="${FAKE_NS}"`);
}

/** A cell's content replaced: its value as another kind, the style (the form's number format) kept. */
function retyped(xml: string, type: string, value: string): string {
  const cell = firstNumberCell(xml);
  return xml.replace(cell.whole, `<c r="${cell.ref}" s="${cell.style}" t="${type}"><v>${value}</v></c>`);
}

const QUIRKS: { name: string; refused?: MessageCode; change: (parts: Parts) => Parts }[] = [
  {
    // After the real `<v>`, a second one in an ignorable namespace: Excel shows the first.
    name: "ignorable-namespace-second-value.xlsx",
    change: (p) =>
      edit(p, SHEET_PART, (xml) => {
        const cell = firstNumberCell(xml);
        return declareIgnorable(xml, "x").replace(cell.whole, cell.whole.replace("</v></c>", "</v><x:v>999</x:v></c>"));
      }),
  },
  {
    // A whole fake table before the real one, in an ignorable namespace.
    name: "ignorable-namespace-fake-sheetdata.xlsx",
    change: (p) =>
      edit(p, SHEET_PART, (xml) => {
        const cell = firstNumberCell(xml);
        const fake = `<x:sheetData><row r="${cell.ref.replace(/^[A-Z]+/, "")}"><c r="${cell.ref}"><v>999</v></c></row></x:sheetData>`;
        return declareIgnorable(xml, "x").replace("<sheetData>", `${fake}<sheetData>`);
      }),
  },
  {
    // Excel takes the Choice (it knows x14ac); a reader that took the Fallback would sum 999.
    name: "alternate-content-choice-over-fallback.xlsx",
    change: (p) =>
      edit(p, SHEET_PART, (xml) => {
        const cell = firstNumberCell(xml);
        const fallback = cell.whole.replace(`<v>${cell.value}</v>`, "<v>999</v>");
        return xml.replace(cell.whole, `<mc:AlternateContent><mc:Choice Requires="x14ac">${cell.whole}</mc:Choice><mc:Fallback>${fallback}</mc:Fallback></mc:AlternateContent>`);
      }),
  },
  {
    // The same, the other way: a Choice requiring what nobody knows; the Fallback holds the value.
    name: "alternate-content-unknown-choice.xlsx",
    change: (p) =>
      edit(p, SHEET_PART, (xml) => {
        const cell = firstNumberCell(xml);
        const choice = cell.whole.replace(`<v>${cell.value}</v>`, "<v>999</v>");
        return declareIgnorable(xml, "x").replace(cell.whole, `<mc:AlternateContent><mc:Choice Requires="x">${choice}</mc:Choice><mc:Fallback>${cell.whole}</mc:Fallback></mc:AlternateContent>`);
      }),
  },
  {
    // A cell in a namespace neither SpreadsheetML's nor declared ignorable: Excel cannot read it.
    name: "foreign-namespace-cell.xlsx",
    refused: "read.foreign-namespace",
    change: (p) =>
      edit(p, SHEET_PART, (xml) => {
        const cell = firstNumberCell(xml);
        return xml.replace(cell.whole, `${cell.whole}<h:c xmlns:h="${FAKE_NS}" r="${cell.ref}"><h:v>999</h:v></h:c>`);
      }),
  },
  {
    name: "no-namespace-sheet.xlsx",
    refused: "read.foreign-namespace",
    change: (p) => edit(p, SHEET_PART, (xml) => xml.replace(/<worksheet xmlns="[^"]*"/, "<worksheet")),
  },
  {
    // Content of an ignored element read in its place: markup Excel never writes.
    name: "markup-compatibility-process-content.xlsx",
    refused: "read.markup-compatibility",
    change: (p) =>
      edit(p, SHEET_PART, (xml) => declareIgnorable(xml, "x").replace('mc:Ignorable="x14ac x"', 'mc:Ignorable="x14ac x" mc:ProcessContent="x:wrap"')),
  },
  {
    // Two entries of the sheet's name, the first with other numbers: first-wins would sum them.
    name: "duplicate-entry-same-name.xlsx",
    refused: "read.duplicate-entry",
    change: (p) => {
      const fake = edit(p, SHEET_PART, (xml) => xml.replace(firstNumberCell(xml).whole, (c) => c.replace(/<v>\d+<\/v>/, "<v>999</v>")));
      return [fake.find((x) => x.name === SHEET_PART)!, ...p];
    },
  },
  {
    // Part names are compared as Excel compares them: without regard to case.
    name: "duplicate-entry-differing-case.xlsx",
    refused: "read.duplicate-entry",
    change: (p) => [{ name: "xl/worksheets/Sheet1.xml", data: textOf(p, SHEET_PART) }, ...p],
  },
  {
    // An ISO date typed where a count goes, the count's number format kept: 45,931 classes to a sum.
    name: "date-cell-in-count.xlsx",
    refused: "check.cell.dateValue",
    change: (p) => edit(p, SHEET_PART, (xml) => retyped(xml, "d", "2025-10-01")),
  },
  {
    name: "boolean-cell-in-count.xlsx",
    refused: "check.cell.notANumber",
    change: (p) => edit(p, SHEET_PART, (xml) => retyped(xml, "b", "1")),
  },
  {
    name: "error-cell-in-count.xlsx",
    refused: "check.cell.formulaError",
    change: (p) => edit(p, SHEET_PART, (xml) => retyped(xml, "e", "#N/A")),
  },
  {
    // The first shared string (the form's title, cell A1) made 40,000 characters long.
    name: "string-over-32767-chars.xlsx",
    refused: "read.string-too-long",
    change: (p) => edit(p, "xl/sharedStrings.xml", (xml) => xml.replace(/<si><t([^>]*)>[^<]*<\/t><\/si>/, (_, attrs: string) => `<si><t${attrs}>${"ê".repeat(40_000)}</t></si>`)),
  },
  {
    // The sheet padded past 2 MB (so it is streamed), bytes that are not UTF-8 after the table.
    name: "invalid-utf8-after-table-large-part.xlsx",
    refused: "read.invalid-utf8",
    change: (p) => {
      const xml = declareIgnorable(textOf(p, SHEET_PART), "x");
      const at = xml.indexOf("</sheetData>") + "</sheetData>".length;
      const pad = strToU8(`<x:pad>${" ".repeat(2_200_000)}`);
      const bytes = [strToU8(xml.slice(0, at)), pad, new Uint8Array([0xc3, 0x28]), strToU8(`</x:pad>${xml.slice(at)}`)];
      const data = new Uint8Array(bytes.reduce((n, b) => n + b.length, 0));
      bytes.reduce((at, b) => (data.set(b, at), at + b.length), 0);
      return p.map((x) => (x.name === SHEET_PART ? { name: SHEET_PART, data } : x));
    },
  },
  {
    // 180,000 attributes on one element: a quadratic duplicate check took minutes.
    name: "attributes-180000-on-one-element.xlsx",
    refused: "read.xml-too-many-attributes",
    change: (p) => edit(p, SHEET_PART, (xml) => xml.replace("<dimension ", `<dimension ${manyAttributes(180_000, "a")}`)),
  },
  {
    // The same past 2 MB, so that saxes reads it as it streams.
    name: "attributes-250000-streamed.xlsx",
    refused: "read.xml-too-many-attributes",
    change: (p) => edit(p, SHEET_PART, (xml) => xml.replace("<dimension ", `<dimension ${manyAttributes(250_000, "attribute")}`)),
  },
];

function manyAttributes(count: number, stem: string): string {
  let out = "";
  for (let i = 0; i < count; i++) out += `${stem}${i}="1" `;
  return out;
}

/**
 * A 1 MB formula shared by 20,000 cells: some 60 KB zipped. Copied per cell, its text grew
 * the reader to gigabytes; it is refused at the master, past Excel's formula length.
 */
function sharedFormulaCells(formulaChars: number): Uint8Array {
  const rows: string[] = [];
  const formula = "1+".repeat(formulaChars / 2) + "1";
  for (let r = 1; r <= 2000; r++) {
    let cells = "";
    for (let c = 0; c < 10; c++) {
      const ref = `${String.fromCharCode(65 + c)}${r}`;
      cells += r === 1 && c === 0 ? `<c r="${ref}"><f t="shared" ref="A1:J2000" si="0">${formula}</f><v>2</v></c>` : `<c r="${ref}"><f t="shared" si="0"/><v>2</v></c>`;
    }
    rows.push(`<row r="${r}">${cells}</row>`);
  }
  return buildXlsx({ sheets: [{ name: "Công thức", sheetData: rows.join("") }] });
}

/** Writes the files into `dir` and returns each one's fate. */
export async function writeReaderHostiles(dir: string): Promise<HostileFile[]> {
  mkdirSync(dir, { recursive: true });
  const rng = seeded(12);
  const files: HostileFile[] = [];
  let n = 0;
  for (const q of QUIRKS) {
    const unit = `Trường Tiểu học Bản Lướt ${++n}`;
    const values = randomSchoolValues(rng, form);
    writeFileSync(join(dir, q.name), writeZip(q.change(partsOf(await filledForm(unit, values)))));
    const fate: Fate = q.refused ? { refused: q.refused } : { accepted: true, unit, values };
    files.push({ name: q.name, fate, hostile: true });
  }
  writeFileSync(join(dir, "shared-formula-1mb-20000-cells.xlsx"), sharedFormulaCells(1024 * 1024));
  files.push({ name: "shared-formula-1mb-20000-cells.xlsx", fate: { refused: "read.formula-too-long" }, hostile: true });
  // Within Excel's limit the text is kept once for the whole group: read, and no form in it.
  writeFileSync(join(dir, "shared-formula-8k-20000-cells.xlsx"), sharedFormulaCells(8000));
  files.push({ name: "shared-formula-8k-20000-cells.xlsx", fate: { refused: "locate.noForm" }, hostile: true });
  return files;
}
