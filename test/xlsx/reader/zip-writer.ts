/**
 * A small zip writer for tests, deterministic (fixed timestamps, so committed fixtures
 * regenerate byte for byte in any time zone) and with knobs for the malformed archives a
 * reader must survive: lying local headers, ZIP64 markers, multi-disk end records.
 */
import { deflateSync, strToU8 } from "fflate";

export interface ZipItem {
  name: string;
  data: Uint8Array | string;
  /** 8 (deflate, default) or 0 (stored). */
  method?: 0 | 8;
  /** A method number to claim in the headers instead (the data stays as `method` made it). */
  declaredMethod?: number;
  /** General-purpose flag bits to add, e.g. 1 for a password-encrypted entry. */
  flags?: number;
  /** An uncompressed size to declare instead of the true one. */
  declaredSize?: number;
}

export interface ZipKnobs {
  /** Write zero sizes and CRC in local headers, as streaming writers do (sizes stay in the directory). */
  zeroLocalSizes?: boolean;
  /** Local headers claim this (wrong) compressed size. */
  lyingLocalSize?: number;
  /** Fields of the end record to overwrite. */
  end?: Partial<{ disk: number; directoryDisk: number; entriesHere: number; total: number; size: number; offset: number }>;
  /** Put a ZIP64 end-of-directory locator before the end record. */
  zip64Locator?: boolean;
  /** A comment after the end record. */
  comment?: string;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

class Bytes {
  private chunks: Uint8Array[] = [];
  length = 0;
  push(b: Uint8Array): void {
    this.chunks.push(b);
    this.length += b.length;
  }
  header(fields: [number, 2 | 4][]): void {
    const size = fields.reduce((s, [, n]) => s + n, 0);
    const b = new Uint8Array(size);
    const dv = new DataView(b.buffer);
    let at = 0;
    for (const [v, n] of fields) {
      if (n === 2) dv.setUint16(at, v, true);
      else dv.setUint32(at, v >>> 0, true);
      at += n;
    }
    this.push(b);
  }
  concat(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

/** 2024-01-01 00:00 in DOS format: constant, unlike fflate's local-time stamps. */
const DOS_TIME = 0;
const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1;

export function writeZip(items: ZipItem[], knobs: ZipKnobs = {}): Uint8Array {
  const out = new Bytes();
  const central = new Bytes();
  for (const item of items) {
    const raw = typeof item.data === "string" ? strToU8(item.data) : item.data;
    const method = item.method ?? 8;
    const body = method === 8 ? deflateSync(raw, { level: 9 }) : raw;
    const name = strToU8(item.name);
    const crc = crc32(raw);
    const offset = out.length;
    const local = knobs.lyingLocalSize ?? (knobs.zeroLocalSizes ? 0 : body.length);
    const localRaw = knobs.lyingLocalSize ?? (knobs.zeroLocalSizes ? 0 : raw.length);
    const flags = 0x800 | (knobs.zeroLocalSizes ? 0x08 : 0) | (item.flags ?? 0);
    const declared = item.declaredMethod ?? method;
    out.header([[0x04034b50, 4], [20, 2], [flags, 2], [declared, 2], [DOS_TIME, 2], [DOS_DATE, 2], [knobs.zeroLocalSizes ? 0 : crc, 4], [local, 4], [localRaw, 4], [name.length, 2], [0, 2]]);
    out.push(name);
    out.push(body);
    if (knobs.zeroLocalSizes) out.header([[0x08074b50, 4], [crc, 4], [body.length, 4], [raw.length, 4]]);
    central.header([
      [0x02014b50, 4], [20, 2], [20, 2], [flags, 2], [declared, 2], [DOS_TIME, 2], [DOS_DATE, 2], [crc, 4], [body.length, 4], [item.declaredSize ?? raw.length, 4],
      [name.length, 2], [0, 2], [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4],
    ]);
    central.push(name);
  }
  const directoryOffset = out.length;
  const directory = central.concat();
  out.push(directory);
  if (knobs.zip64Locator) out.header([[0x07064b50, 4], [0, 4], [0, 4], [0, 4], [1, 4]]);
  const e = { disk: 0, directoryDisk: 0, entriesHere: items.length, total: items.length, size: directory.length, offset: directoryOffset, ...knobs.end };
  out.header([[0x06054b50, 4], [e.disk, 2], [e.directoryDisk, 2], [e.entriesHere, 2], [e.total, 2], [e.size, 4], [e.offset, 4], [knobs.comment?.length ?? 0, 2]]);
  if (knobs.comment) out.push(strToU8(knobs.comment));
  return out.concat();
}
