/**
 * The reader's mutations for the fuzz test: namespaces, duplicate entries, attribute counts
 * and shared formulas, each written into a real form at a random place. Unlike random
 * damage, each says what must come of it: the form's numbers exactly as before (what
 * Excel shows did not change), or one of the errors that name the quirk.
 */
import { strFromU8, strToU8 } from "fflate";
import type { MessageCode } from "../../src/core/messages";
import type { Rng } from "../../src/core/sample";
import { writeZip, type ZipItem } from "../xlsx/reader/zip-writer";

export interface ReaderMutation {
  what: string;
  bytes: Uint8Array;
  /** Errors the file may be refused with; with none of them, its numbers must be the form's own. */
  allowed: MessageCode[];
  /** The file must be refused (with one of `allowed`): the quirk lies where the reader reads. */
  mustRefuse?: boolean;
}

const SHEET = "xl/worksheets/sheet1.xml";
const FAKE = "urn:example:hidden";
const X14AC_IGNORABLE = 'mc:Ignorable="x14ac"';
const NUMBER_CELL = /<c r="([A-Z]+)(\d+)" s="(\d+)"><v>(\d+)<\/v><\/c>/g;

const int = (rng: Rng, n: number) => Math.floor(rng() * n);
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[int(rng, xs.length)]!;

/** Places between two tags inside the root: an element put there keeps the XML well-formed. */
function betweenTags(xml: string): number[] {
  const out: number[] = [];
  const root = xml.indexOf("<worksheet");
  for (let i = xml.indexOf(">", root) + 1; i < xml.length - 1; i++) if (xml.charCodeAt(i) === 60 && xml.charCodeAt(i - 1) === 62) out.push(i);
  return out;
}

function insertAt(xml: string, at: number, text: string): string {
  return xml.slice(0, at) + text + xml.slice(at);
}

/** A value or a table that claims a large number: if it were ever read, the numbers change. */
function hiddenContent(rng: Rng, prefix: string): string {
  const v = 900_000 + int(rng, 99_999);
  const cell = (ref: string) => `<c r="${ref}"><v>${v}</v></c>`;
  const ref = `D${15 + int(rng, 40)}`;
  switch (int(rng, 4)) {
    case 0:
      return `<${prefix}:v>${v}</${prefix}:v>`;
    case 1:
      return `<${prefix}:c r="${ref}"><${prefix}:v>${v}</${prefix}:v></${prefix}:c>`;
    case 2:
      return `<${prefix}:sheetData><row r="${ref.slice(1)}">${cell(ref)}</row></${prefix}:sheetData>`;
    default:
      // SpreadsheetML's own elements inside the hidden one: skipped with it.
      return `<${prefix}:wrap>${cell(ref)}</${prefix}:wrap>`;
  }
}

function withSheet(parts: Record<string, Uint8Array>, xml: string, extra: ZipItem[] = []): Uint8Array {
  return writeZip([...extra, ...Object.entries(parts).map(([name, data]) => ({ name, data: name === SHEET ? strToU8(xml) : data }))]);
}

function namespaces(rng: Rng, parts: Record<string, Uint8Array>): ReaderMutation {
  const base = strFromU8(parts[SHEET]!);
  const prefix = pick(rng, ["h", "x", "ns0", "hidden"]);
  const ignorable = base.replace(X14AC_IGNORABLE, `mc:Ignorable="x14ac ${prefix}" xmlns:${prefix}="${FAKE}"`);
  const cells = [...base.matchAll(NUMBER_CELL)].filter((m) => Number(m[2]) >= 15);
  switch (int(rng, 4)) {
    case 0: {
      let xml = ignorable;
      for (let i = 0, n = 1 + int(rng, 3); i < n; i++) xml = insertAt(xml, pick(rng, betweenTags(xml)), hiddenContent(rng, prefix));
      return { what: "ignorable namespace", bytes: withSheet(parts, xml), allowed: [] };
    }
    case 1: {
      // Declared where it is used, not ignorable: Excel cannot read it, so neither may we.
      const at = pick(rng, betweenTags(base));
      const xml = insertAt(base, at, hiddenContent(rng, prefix).replace(/^<([^ >]+)/, `<$1 xmlns:${prefix}="${FAKE}"`));
      return { what: "foreign namespace", bytes: withSheet(parts, xml), allowed: ["read.foreign-namespace"] };
    }
    case 2: {
      if (cells.length === 0) return { what: "no cell", bytes: withSheet(parts, base), allowed: [] };
      const m = pick(rng, cells);
      const fake = m[0].replace(`<v>${m[4]}</v>`, `<v>${900_000 + int(rng, 1000)}</v>`);
      // Excel takes a Choice it understands (x14ac) over the Fallback, and the Fallback over one it does not.
      const known = rng() < 0.5;
      const choice = `<mc:Choice Requires="${known ? "x14ac" : prefix}">${known ? m[0] : fake}</mc:Choice>`;
      const xml = ignorable.replace(m[0], `<mc:AlternateContent>${choice}<mc:Fallback>${known ? fake : m[0]}</mc:Fallback></mc:AlternateContent>`);
      return { what: "alternate content", bytes: withSheet(parts, xml), allowed: [] };
    }
    default: {
      // The real namespace under a prefix, the default one made foreign: nothing changes.
      const xml = base.replace(/<worksheet xmlns="([^"]+)"/, `<worksheet xmlns="${FAKE}" xmlns:s="$1"`);
      const prefixed = xml.replace(/<(\/?)(worksheet|sheetData|row|c|v|f|is|t|sheetPr|dimension|sheetViews|sheetView|pane|selection|sheetFormatPr|cols|col|mergeCells|mergeCell|pageMargins|pageSetup|dataValidations|dataValidation|formula1|formula2|printOptions|headerFooter|oddFooter|oddHeader|pageSetUpPr|conditionalFormatting|cfRule|formula|rowBreaks|brk|colBreaks)([ />])/g, "<$1s:$2$3");
      return { what: "prefixed SpreadsheetML", bytes: withSheet(parts, prefixed), allowed: ["read.foreign-namespace"] };
    }
  }
}

function duplicates(rng: Rng, parts: Record<string, Uint8Array>): ReaderMutation {
  const names = Object.keys(parts).filter((n) => !n.endsWith("/"));
  const name = pick(rng, names);
  const twin = pick(rng, [name, name.toUpperCase(), name.replace(/\//g, "\\"), name.replace(/[a-z]/, (c) => c.toUpperCase())]);
  const items: ZipItem[] = Object.entries(parts).map(([n, data]) => ({ name: n, data }));
  items.splice(int(rng, items.length + 1), 0, { name: twin, data: rng() < 0.5 ? parts[name]! : strToU8("<x/>") });
  return { what: "duplicate entry", bytes: writeZip(items), allowed: ["read.duplicate-entry"], mustRefuse: true };
}

function attributes(rng: Rng, parts: Record<string, Uint8Array>): ReaderMutation {
  const xml = strFromU8(parts[SHEET]!);
  const opens = [...xml.matchAll(/<([a-zA-Z][\w:]*)([ />])/g)].filter((m) => !m[1]!.startsWith("?"));
  const m = pick(rng, opens);
  const n = pick(rng, [1, 15, 16, 17, 200, 999, 1000, 1001, 3000, 20_000]);
  let attrs = "";
  for (let i = 0; i < n; i++) attrs += ` z${i}="${i}"`;
  // Now and then the last repeats an earlier one: a duplicate among many.
  if (rng() < 0.3 && n > 1) attrs += ` z${int(rng, n)}="0"`;
  const at = m.index! + 1 + m[1]!.length;
  return { what: `${n} attributes`, bytes: withSheet(parts, insertAt(xml, at, attrs)), allowed: ["read.xml-too-many-attributes", "read.malformed-xml"] };
}

function sharedFormulas(rng: Rng, parts: Record<string, Uint8Array>): ReaderMutation {
  const xml = strFromU8(parts[SHEET]!);
  const cells = [...xml.matchAll(NUMBER_CELL)];
  const length = pick(rng, [1, 100, 8191, 8192, 8193, 60_000]);
  const text = "1".repeat(length);
  let first = true;
  const group = String(int(rng, 5));
  let out = xml;
  for (const m of cells) {
    if (rng() < 0.5) continue;
    const f = first ? `<f t="shared" ref="A1:G60" si="${group}">${text}</f>` : `<f t="shared" si="${group}"/>`;
    first = false;
    out = out.replace(m[0], m[0].replace("><v>", `>${f}<v>`));
  }
  return { what: `shared formula of ${length}`, bytes: withSheet(parts, out), allowed: ["read.formula-too-long"], mustRefuse: !first && length > 8192 };
}

/** One of the reader's mutations of the form whose parts are given. */
export function readerMutation(rng: Rng, parts: Record<string, Uint8Array>): ReaderMutation {
  switch (int(rng, 4)) {
    case 0:
      return namespaces(rng, parts);
    case 1:
      return duplicates(rng, parts);
    case 2:
      return attributes(rng, parts);
    default:
      return sharedFormulas(rng, parts);
  }
}
