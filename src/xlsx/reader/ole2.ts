/**
 * OLE2 compound files (the container of .xls, and of an encrypted .xlsx): only the
 * directory is read, for the names of its streams. An Excel 97–2003 workbook holds a
 * `Workbook` (or `Book`) stream; an Office document encrypted with a password holds
 * `EncryptionInfo` and `EncryptedPackage` instead. Every step is bounds-checked and every
 * chain walk is capped by the number of sectors, so a hostile file cannot loop or overrun.
 */
import type { MessageCode } from "../../core/messages";

export const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

const END_OF_CHAIN = 0xfffffffe;
const HEADER_DIFAT = 109;
const DIRECTORY_ENTRY = 128;
const utf16 = new TextDecoder("utf-16le");

/** Names of the storages and streams in the directory; undefined when it cannot be walked. */
export function ole2Names(bytes: Uint8Array): string[] | undefined {
  if (bytes.length < 512) return undefined;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = dv.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return undefined;
  const size = 1 << shift;
  const sectors = Math.floor(bytes.length / size) - 1;
  const offsetOf = (sector: number): number => (sector + 1) * size;
  const valid = (sector: number): boolean => sector < sectors;

  // The FAT's own sectors: 109 listed in the header, the rest in a chain of DIFAT sectors.
  const fatCount = dv.getUint32(0x2c, true);
  const fat: number[] = [];
  for (let i = 0; i < Math.min(fatCount, HEADER_DIFAT); i++) fat.push(dv.getUint32(0x4c + i * 4, true));
  let difat = dv.getUint32(0x44, true);
  const perSector = size / 4;
  for (let hops = 0; fat.length < fatCount && valid(difat) && hops < sectors; hops++) {
    const base = offsetOf(difat);
    for (let i = 0; i < perSector - 1 && fat.length < fatCount; i++) fat.push(dv.getUint32(base + i * 4, true));
    difat = dv.getUint32(base + (perSector - 1) * 4, true);
  }

  const next = (sector: number): number => {
    const fatSector = fat[Math.floor(sector / perSector)];
    if (fatSector === undefined || !valid(fatSector)) return END_OF_CHAIN;
    return dv.getUint32(offsetOf(fatSector) + (sector % perSector) * 4, true);
  };

  const names: string[] = [];
  let sector = dv.getUint32(0x30, true);
  for (let hops = 0; sector !== END_OF_CHAIN && hops < sectors; hops++) {
    if (!valid(sector)) return names.length ? names : undefined;
    const base = offsetOf(sector);
    for (let e = 0; e < size / DIRECTORY_ENTRY; e++) {
      const at = base + e * DIRECTORY_ENTRY;
      const nameBytes = dv.getUint16(at + 64, true);
      const kind = bytes[at + 66];
      // 1 storage, 2 stream, 5 root; 0 is an unused slot.
      if (kind === 0 || nameBytes < 2 || nameBytes > 64) continue;
      names.push(utf16.decode(bytes.subarray(at, at + nameBytes - 2)));
    }
    sector = next(sector);
  }
  return names;
}

/** Which OLE2 file this is, as the problem to report. */
export function classifyOle2(bytes: Uint8Array): MessageCode {
  const names = new Set((ole2Names(bytes) ?? []).map((n) => n.toLowerCase()));
  if (names.has("encryptedpackage") || names.has("encryptioninfo")) return "read.encrypted";
  if (names.has("workbook") || names.has("book")) return "read.old-xls";
  if (names.has("worddocument") || names.has("powerpoint document")) return "read.not-spreadsheet";
  // An unreadable directory or an unknown kind: most likely an old workbook all the same.
  return "read.old-xls";
}
