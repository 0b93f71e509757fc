/**
 * Crafted .xls bytes for the reader's unit tests: BIFF8 records by hand, in a minimal OLE2
 * compound file (512-byte sectors: the FAT, the directory, then the Workbook stream). The
 * expected values of a test are the ones it writes here, record by record.
 */
const END = 0xfffffffe;
const FREE = 0xffffffff;

export function rec(type: number, ...parts: (number[] | Uint8Array)[]): Uint8Array {
  const data = parts.flatMap((p) => [...p]);
  return Uint8Array.from([type & 0xff, type >> 8, data.length & 0xff, data.length >> 8, ...data]);
}

export const u16 = (n: number): number[] => [n & 0xff, (n >> 8) & 0xff];
export const u32 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
export const f64 = (n: number): number[] => [...new Uint8Array(new Float64Array([n]).buffer)];
/** A one-byte-per-character string body (flags 0): the characters must be U+0000–U+00FF. */
export const latin = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
/** A two-bytes-per-character string body (flags 1). */
export const wide = (s: string): number[] => [...s].flatMap((c) => u16(c.charCodeAt(0)));

export const BOF_GLOBALS = rec(0x0809, u16(0x0600), u16(0x0005), u16(0), u16(0), u32(0), u32(0));
export const BOF_SHEET = rec(0x0809, u16(0x0600), u16(0x0010), u16(0), u16(0), u32(0), u32(0));
export const EOF = rec(0x000a);

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** BOUNDSHEET8 for a visible worksheet at `offset`, named in one-byte characters. */
export function boundSheet(offset: number, name: string): Uint8Array {
  return rec(0x0085, u32(offset), [0, 0], [name.length, 0], latin(name));
}

/**
 * A workbook stream of globals (their records, then one BOUNDSHEET per sheet) and sheets
 * (each a list of cell records between its BOF and EOF); the sheets' offsets are computed.
 */
export function workbookStream(globals: Uint8Array[], sheets: { name: string; records: Uint8Array[] }[]): Uint8Array {
  const sheetBytes = sheets.map((s) => concat([BOF_SHEET, ...s.records, EOF]));
  const globalsLength = BOF_GLOBALS.length + globals.reduce((n, g) => n + g.length, 0) + sheets.reduce((n, s) => n + boundSheet(0, s.name).length, 0) + EOF.length;
  let offset = globalsLength;
  const bounds = sheets.map((s, i) => {
    const b = boundSheet(offset, s.name);
    offset += sheetBytes[i]!.length;
    return b;
  });
  return concat([BOF_GLOBALS, ...globals, ...bounds, EOF, ...sheetBytes]);
}

/** The 512-byte header of a version-3 compound file whose FAT sectors are 0…fatSectors-1. */
function writeHeader(out: Uint8Array, o: { fatSectors: number; directory: number; miniFat: number; miniFatSectors: number }): DataView {
  const dv = new DataView(out.buffer);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  dv.setUint16(0x18, 0x3e, true);
  dv.setUint16(0x1a, 3, true);
  dv.setUint16(0x1c, 0xfffe, true);
  dv.setUint16(0x1e, 9, true);
  dv.setUint16(0x20, 6, true);
  dv.setUint32(0x2c, o.fatSectors, true);
  dv.setUint32(0x30, o.directory, true);
  dv.setUint32(0x38, 4096, true);
  dv.setUint32(0x3c, o.miniFat, true);
  dv.setUint32(0x40, o.miniFatSectors, true);
  dv.setUint32(0x44, END, true);
  for (let i = 0; i < 109; i++) dv.setUint32(0x4c + i * 4, i < o.fatSectors ? i : FREE, true);
  return dv;
}

/** Directory entry `i` of the directory at byte `dir`. */
function writeEntry(dv: DataView, dir: number, i: number, e: { name: string; type: number; start: number; bytes: number; child: number }): void {
  const at = dir + i * 128;
  [...e.name].forEach((c, k) => dv.setUint16(at + k * 2, c.charCodeAt(0), true));
  dv.setUint16(at + 64, (e.name.length + 1) * 2, true);
  dv.setUint8(at + 66, e.type);
  dv.setUint32(at + 68, FREE, true);
  dv.setUint32(at + 72, FREE, true);
  dv.setUint32(at + 76, e.child, true);
  dv.setUint32(at + 116, e.start, true);
  dv.setUint32(at + 120, e.bytes, true);
}

/** The stream as the `Workbook` of a compound file (padded to 4,096 bytes: no mini stream). */
export function compoundFile(stream: Uint8Array, streamName = "Workbook"): Uint8Array {
  const size = 512;
  const length = Math.max(stream.length, 4096);
  const streamSectors = Math.ceil(length / size);
  let fatSectors = 1;
  while (fatSectors * (size / 4) < fatSectors + 1 + streamSectors) fatSectors++;
  const total = fatSectors + 1 + streamSectors;
  const out = new Uint8Array(size * (total + 1));
  const dv = writeHeader(out, { fatSectors, directory: fatSectors, miniFat: END, miniFatSectors: 0 });
  const fat = (sector: number, value: number) => dv.setUint32(size + sector * 4, value, true);
  for (let s = 0; s < (fatSectors * size) / 4; s++) fat(s, FREE);
  for (let s = 0; s < fatSectors; s++) fat(s, 0xfffffffd);
  fat(fatSectors, END);
  const first = fatSectors + 1;
  for (let s = 0; s < streamSectors; s++) fat(first + s, s + 1 < streamSectors ? first + s + 1 : END);
  const dir = size * (fatSectors + 1);
  writeEntry(dv, dir, 0, { name: "Root Entry", type: 5, start: END, bytes: 0, child: 1 });
  writeEntry(dv, dir, 1, { name: streamName, type: 2, start: first, bytes: length, child: FREE });
  out.set(stream, size * (first + 1));
  return out;
}

/**
 * A stream under 4,096 bytes as OLE2 keeps it: in 64-byte sectors of the mini stream,
 * which itself lives in the root entry's chain of ordinary sectors.
 */
export function compoundFileMini(stream: Uint8Array): Uint8Array {
  if (stream.length >= 4096) throw new Error("a mini stream holds streams under 4,096 bytes");
  const size = 512;
  const miniSectors = Math.ceil(stream.length / 64);
  const containerSectors = Math.ceil((miniSectors * 64) / size);
  // Sectors: 0 FAT, 1 directory, 2 mini FAT, then the mini stream's container.
  const out = new Uint8Array(size * (4 + containerSectors));
  const dv = writeHeader(out, { fatSectors: 1, directory: 1, miniFat: 2, miniFatSectors: 1 });
  const fat = (sector: number, value: number) => dv.setUint32(size + sector * 4, value, true);
  for (let s = 0; s < size / 4; s++) fat(s, FREE);
  fat(0, 0xfffffffd);
  fat(1, END);
  fat(2, END);
  for (let s = 0; s < containerSectors; s++) fat(3 + s, s + 1 < containerSectors ? 4 + s : END);
  const miniFat = size * 3;
  for (let s = 0; s < size / 4; s++) dv.setUint32(miniFat + s * 4, s < miniSectors ? (s + 1 < miniSectors ? s + 1 : END) : FREE, true);
  const dir = size * 2;
  writeEntry(dv, dir, 0, { name: "Root Entry", type: 5, start: 3, bytes: miniSectors * 64, child: 1 });
  writeEntry(dv, dir, 1, { name: "Workbook", type: 2, start: 0, bytes: stream.length, child: FREE });
  out.set(stream, size * 4);
  return out;
}
