/**
 * The .xls and .ods part of the hostile inbox: a good .xls and .ods form (as LibreOffice saves
 * them), and broken or hostile variants of each, made by editing those real files the
 * way a damaged disk or a hostile hand would. Each variant names its quirk, and comes
 * with what must become of it.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import type { MessageCode } from "../../src/core/messages";
import { FORMATS_DIR, FORMS, type Values } from "../fixtures/formats/make-formats";

export type FormatFate = { accepted: true; unit: string; values: Values } | { refused: MessageCode };
export type PutFile = (name: string, bytes: Uint8Array, fate: FormatFate) => void;

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)) + b[at + 3]! * 0x1000000;
const setU32 = (b: Uint8Array, at: number, v: number) => new DataView(b.buffer, b.byteOffset).setUint32(at, v, true);
const setU16 = (b: Uint8Array, at: number, v: number) => new DataView(b.buffer, b.byteOffset).setUint16(at, v, true);

/** Where things are in a compound file whose FAT fits in the header's 109 slots (every small .xls). */
export function layout(xls: Uint8Array) {
  const size = 1 << u16(xls, 0x1e);
  const offsetOf = (sector: number) => (sector + 1) * size;
  const fatSectors = Array.from({ length: u32(xls, 0x2c) }, (_, i) => u32(xls, 0x4c + i * 4));
  /** The byte offset of sector `s`'s FAT entry. */
  const fatEntry = (s: number) => offsetOf(fatSectors[Math.floor(s / (size / 4))]!) + (s % (size / 4)) * 4;
  const dir = offsetOf(u32(xls, 0x30));
  let workbookStart = -1;
  for (let at = dir; at < dir + size; at += 128) {
    const name = new TextDecoder("utf-16le").decode(xls.subarray(at, at + u16(xls, at + 64) - 2));
    if (name === "Workbook") workbookStart = u32(xls, at + 116);
  }
  if (workbookStart < 0) throw new Error("no Workbook stream");
  return { fatEntry, offsetOf, workbookStart };
}

/** The offset in the file of the first record of `type` in the Workbook stream's first sector. */
function recordInFirstSector(xls: Uint8Array, type: number): number {
  const { offsetOf, workbookStart } = layout(xls);
  const base = offsetOf(workbookStart);
  const end = base + (1 << u16(xls, 0x1e));
  for (let p = base; p + 4 <= end; p += 4 + u16(xls, p + 2)) if (u16(xls, p) === type) return p;
  throw new Error(`no record ${type.toString(16)} in the first sector`);
}

/** Where each byte of the Workbook stream is in the file, and the stream's length as stored in whole sectors. */
export function workbookStreamMap(xls: Uint8Array): { at: (p: number) => number; length: number } {
  const { fatEntry, offsetOf, workbookStart } = layout(xls);
  const size = 1 << u16(xls, 0x1e);
  const sectors: number[] = [];
  for (let s = workbookStart; s !== 0xfffffffe && sectors.length < 10_000; s = u32(xls, fatEntry(s))) sectors.push(s);
  return { at: (p: number) => offsetOf(sectors[Math.floor(p / size)]!) + (p % size), length: sectors.length * size };
}

/** The SST record: found by walking the stream's records, the stream read sector by sector. */
function withSstClaim(xls: Uint8Array, claim: number): Uint8Array {
  const { at, length } = workbookStreamMap(xls);
  const byte = (p: number) => xls[at(p)]!;
  for (let p = 0; p + 4 < length; p += 4 + (byte(p + 2) | (byte(p + 3) << 8))) {
    if ((byte(p) | (byte(p + 1) << 8)) === 0x00fc) {
      const out = xls.slice();
      // cstTotal and cstUnique, byte by byte: a field may straddle two sectors.
      for (const field of [p + 4, p + 8]) for (let i = 0; i < 4; i++) out[at(field + i)] = (claim >>> (8 * i)) & 0xff;
      return out;
    }
  }
  throw new Error("no SST record");
}

function xlsVariants(good: Uint8Array): [string, Uint8Array, MessageCode][] {
  const { fatEntry, workbookStart } = layout(good);
  const loop = good.slice();
  // The stream's second sector leads back to its first.
  setU32(loop, fatEntry(u32(good, fatEntry(workbookStart))), workbookStart);
  const pastEnd = good.slice();
  setU32(pastEnd, fatEntry(workbookStart), 0x00fffff0);
  const filepass = good.slice();
  // The record after the globals' BOF becomes FILEPASS: the rest of the stream is encrypted.
  const bof = recordInFirstSector(good, 0x0809);
  setU16(filepass, bof + 4 + u16(good, bof + 2), 0x002f);
  const excel95 = good.slice();
  setU16(excel95, bof + 4, 0x0500);
  return [
    ["xls-sector-chain-loop.xls", loop, "read.ole-chain-loop"],
    ["xls-fat-points-past-end.xls", pastEnd, "read.ole-sector-out-of-range"],
    ["xls-sst-claims-five-million-strings.xls", withSstClaim(good, 5_000_000), "read.too-many-strings"],
    ["xls-encrypted-filepass.xls", filepass, "read.encrypted"],
    ["xls-excel-95-biff5.xls", excel95, "read.xls-biff-old"],
  ];
}

/** Re-zips an .ods with edited parts, `mimetype` first and stored as OpenDocument requires. */
export function editOds(ods: Uint8Array, edits: Record<string, (text: string) => string>): Uint8Array {
  const parts = unzipSync(ods);
  const files: Zippable = { mimetype: [parts.mimetype!, { level: 0 }] };
  for (const [name, data] of Object.entries(parts)) {
    if (name === "mimetype") continue;
    const edit = edits[name];
    if (!edit) files[name] = data;
    else {
      const after = edit(strFromU8(data));
      if (after === strFromU8(data)) throw new Error(`editing ${name} changed nothing`);
      files[name] = strToU8(after);
    }
  }
  return zipSync(files);
}

const extraTables = (tables: string) => (xml: string) => xml.replace(/<table:named-expressions\/><\/office:spreadsheet>|<\/office:spreadsheet>/, (end) => tables + end);
const LAUGHS = '<!DOCTYPE d [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>';
const repeatedTable = (name: string, rows: number, cols: number) =>
  `<table:table table:name="${name}"><table:table-row table:number-rows-repeated="${rows}"><table:table-cell office:value-type="float" office:value="1" table:number-columns-repeated="${cols}"><text:p>1</text:p></table:table-cell></table:table-row></table:table>`;

export function writeFormatFiles(put: PutFile): void {
  const [xlsForm, odsForm] = FORMS;
  const xls = new Uint8Array(readFileSync(join(FORMATS_DIR, `${xlsForm!.name}.xls`)));
  const ods = new Uint8Array(readFileSync(join(FORMATS_DIR, `${odsForm!.name}.ods`)));
  put("good-saved-as-excel-97.xls", xls, { accepted: true, unit: xlsForm!.unit, values: xlsForm!.values });
  // A sheet holding one number repeated over every column of every row: the sheet is left out (a warning), the form is read.
  put("ods-million-cells-repeated-beside-form.ods", editOds(ods, { "content.xml": extraTables(repeatedTable("Lặp", 1_048_576, 16_384)) }), { accepted: true, unit: odsForm!.unit, values: odsForm!.values });
  for (const [name, bytes, code] of xlsVariants(xls)) put(name, bytes, { refused: code });
  put("ods-doctype-entities.ods", editOds(ods, { "content.xml": (xml) => xml.replace("?>", "?>" + LAUGHS) }), { refused: "read.doctype" });
  // Tables within the sheet limits each, whose repeats together would make millions of cells.
  const many = Array.from({ length: 8 }, (_, i) => repeatedTable(`Lặp ${i + 1}`, 2000, 100)).join("");
  put("ods-repeats-past-cell-budget.ods", editOds(ods, { "content.xml": extraTables(many) }), { refused: "read.ods-repeat-too-large" });
  put(
    "ods-encrypted.ods",
    editOds(ods, {
      "META-INF/manifest.xml": (xml) =>
        xml.replace(/(<manifest:file-entry manifest:full-path="content.xml"[^>]*?)\/>/, '$1><manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA"><manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="AAAA"/></manifest:encryption-data></manifest:file-entry>'),
    }),
    { refused: "read.encrypted" },
  );
}
