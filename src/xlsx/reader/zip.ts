/**
 * The zip container, read from its central directory. Only the directory is trusted for
 * sizes and offsets: a local header contributes nothing but the lengths of its own name
 * and extra field (writers that stream set its sizes to zero), so a lying local header
 * cannot make the reader look anywhere the directory did not say.
 */
import { fail } from "./failure";

export interface ZipEntry {
  /** The name as stored, with `\` turned to `/` and any leading `/` dropped. */
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  /** As the directory declares it: checked against what inflating yields, never trusted before. */
  uncompressedSize: number;
  /** CRC-32 of the uncompressed bytes, as the directory declares it: checked once the entry is read whole. */
  crc: number;
  localOffset: number;
}

/** Entries by lower-cased name: OPC part names are case-insensitive. */
export type ZipDirectory = Map<string, ZipEntry>;

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function findEndOfDirectory(bytes: Uint8Array, dv: DataView): number {
  const last = bytes.length - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let p = last; p >= first; p--) {
    if (bytes[p] === 0x50 && bytes[p + 1] === 0x4b && dv.getUint32(p, true) === SIG_EOCD) {
      // A signature inside the comment would claim a comment running past the end.
      if (p + EOCD_SIZE + dv.getUint16(p + 20, true) <= bytes.length) return p;
    }
  }
  return -1;
}

const utf8Names = new TextDecoder("utf-8");

function entryName(bytes: Uint8Array, start: number, length: number, utf8: boolean): string {
  let name = "";
  for (let i = start; i < start + length; i++) {
    const b = bytes[i]!;
    if (b >= 0x80 && utf8) {
      name = utf8Names.decode(bytes.subarray(start, start + length));
      break;
    }
    // Names of the parts this reader looks for are ASCII; others only need to be distinct.
    name += String.fromCharCode(b);
  }
  // Most names have neither: the replacements (two per entry, sixteen entries a file) are spared.
  if (name.includes("\\")) name = name.replace(/\\/g, "/");
  return name.charCodeAt(0) === 0x2f ? name.replace(/^\/+/, "") : name;
}

export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectory {
  const dv = view(bytes);
  const eocd = findEndOfDirectory(bytes, dv);
  if (eocd < 0) fail("read.truncated");
  if (eocd >= 20 && dv.getUint32(eocd - 20, true) === SIG_ZIP64_LOCATOR) fail("read.zip64");
  const disk = dv.getUint16(eocd + 4, true);
  const directoryDisk = dv.getUint16(eocd + 6, true);
  const entriesHere = dv.getUint16(eocd + 8, true);
  const total = dv.getUint16(eocd + 10, true);
  const size = dv.getUint32(eocd + 12, true);
  const offset = dv.getUint32(eocd + 16, true);
  if (total === 0xffff || size === 0xffffffff || offset === 0xffffffff) fail("read.zip64");
  if (disk !== 0 || directoryDisk !== 0 || entriesHere !== total) fail("read.zip-multi-disk");
  if (total > maxEntries) fail("read.too-many-entries", { limit: maxEntries });
  const end = offset + size;
  if (end > eocd) fail("read.zip-directory-corrupt");

  const entries: ZipDirectory = new Map();
  let p = offset;
  for (let i = 0; i < total; i++) {
    if (p + 46 > end || dv.getUint32(p, true) !== SIG_CENTRAL) fail("read.zip-directory-corrupt");
    const flags = dv.getUint16(p + 8, true);
    const method = dv.getUint16(p + 10, true);
    const crc = dv.getUint32(p + 16, true);
    const compressedSize = dv.getUint32(p + 20, true);
    const uncompressedSize = dv.getUint32(p + 24, true);
    const nameLength = dv.getUint16(p + 28, true);
    const extraLength = dv.getUint16(p + 30, true);
    const commentLength = dv.getUint16(p + 32, true);
    const localOffset = dv.getUint32(p + 42, true);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localOffset === 0xffffffff) fail("read.zip64");
    if (p + 46 + nameLength > end) fail("read.zip-directory-corrupt");
    const name = entryName(bytes, p + 46, nameLength, (flags & 0x800) !== 0);
    // An entry whose data cannot fit before the end of the file: the file was cut short.
    if (localOffset + 30 + compressedSize > bytes.length) fail("read.truncated");
    const key = name.toLowerCase();
    // Two entries of one name: which one Excel or another reader shows cannot be known,
    // so none is read (Excel refuses the file too).
    if (entries.has(key)) fail("read.duplicate-entry", { part: name });
    entries.set(key, { name, flags, method, compressedSize, uncompressedSize, crc, localOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The compressed bytes of an entry, located through its local header. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const dv = view(bytes);
  const at = entry.localOffset;
  if (at + 30 > bytes.length) fail("read.truncated");
  if (dv.getUint32(at, true) !== SIG_LOCAL) fail("read.zip-corrupt", { part: entry.name });
  const start = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) fail("read.truncated");
  return bytes.subarray(start, start + entry.compressedSize);
}
