/**
 * The OLE2 compound file (Compound File Binary, MS-CFB) around an .xls: a FAT of sector
 * chains, a directory of streams, and a mini stream for the small ones. Only what a
 * workbook needs is read: the directory, and one stream by name. Nothing in the file is
 * trusted: every sector number is checked against the file's end before it is followed,
 * every chain is walked with a visited mark so a loop is refused rather than followed,
 * and no chain is longer than the file has sectors.
 */
import { fail } from "../reader/failure";

const MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const HEADER_DIFAT = 109;
const DIRECTORY_ENTRY = 128;
const MINI_SECTOR = 64;
/** Storages and streams in one workbook's directory: Excel writes fewer than ten. */
const MAX_DIRECTORY_ENTRIES = 4096;

export interface CfbEntry {
  name: string;
  /** 1 storage, 2 stream, 5 root. */
  type: number;
  start: number;
  size: number;
}

export class CompoundFile {
  readonly entries: CfbEntry[];
  private readonly dv: DataView;
  private readonly sectorSize: number;
  /** Whole sectors in the file after the header. */
  private readonly sectors: number;
  private readonly fat: Uint32Array;
  private readonly miniCutoff: number;
  private readonly miniFatStart: number;
  private readonly miniFatSectors: number;

  constructor(private readonly bytes: Uint8Array) {
    if (bytes.length < 512 || MAGIC.some((b, i) => bytes[i] !== b)) fail("read.ole-corrupt", { part: "header" });
    this.dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const dv = this.dv;
    const shift = dv.getUint16(0x1e, true);
    if (dv.getUint16(0x1c, true) !== 0xfffe || (shift !== 9 && shift !== 12) || dv.getUint16(0x20, true) !== 6) fail("read.ole-corrupt", { part: "header" });
    this.sectorSize = 1 << shift;
    // A last sector cut short is read as far as it goes: some writers do not pad it.
    this.sectors = Math.ceil(bytes.length / this.sectorSize) - 1;
    this.miniCutoff = dv.getUint32(0x38, true);
    this.miniFatStart = dv.getUint32(0x3c, true);
    this.miniFatSectors = dv.getUint32(0x40, true);
    this.fat = this.readFat();
    this.entries = this.readDirectory(dv.getUint32(0x30, true));
  }

  /** The sectors holding the FAT: 109 listed in the header, the rest in a chain of DIFAT sectors. */
  private readFat(): Uint32Array {
    const dv = this.dv;
    const count = dv.getUint32(0x2c, true);
    if (count > this.sectors) fail("read.ole-sector-out-of-range", { part: "FAT" });
    const fatSectors: number[] = [];
    for (let i = 0; i < Math.min(count, HEADER_DIFAT); i++) fatSectors.push(dv.getUint32(0x4c + i * 4, true));
    const perSector = this.sectorSize / 4;
    const seen = new Uint8Array(this.sectors);
    let difat = dv.getUint32(0x44, true);
    while (fatSectors.length < count) {
      this.checkSector(difat, seen, "DIFAT");
      const base = this.offsetOf(difat);
      for (let i = 0; i < perSector - 1 && fatSectors.length < count; i++) fatSectors.push(this.u32(base + i * 4));
      difat = this.u32(base + (perSector - 1) * 4);
    }
    const fat = new Uint32Array(count * perSector);
    const used = new Uint8Array(this.sectors);
    fatSectors.forEach((sector, i) => {
      this.checkSector(sector, used, "FAT");
      const base = this.offsetOf(sector);
      for (let j = 0; j < perSector; j++) fat[i * perSector + j] = this.u32(base + j * 4);
    });
    return fat;
  }

  private readDirectory(start: number): CfbEntry[] {
    const data = this.chain(start, undefined, "directory");
    const entries: CfbEntry[] = [];
    const utf16 = new TextDecoder("utf-16le");
    const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
    for (let at = 0; at + DIRECTORY_ENTRY <= data.length; at += DIRECTORY_ENTRY) {
      const type = data[at + 66]!;
      const nameBytes = dv.getUint16(at + 64, true);
      if (type === 0 || nameBytes < 2 || nameBytes > 64) continue;
      if (entries.length >= MAX_DIRECTORY_ENTRIES) fail("read.too-many-entries", { limit: MAX_DIRECTORY_ENTRIES });
      entries.push({ name: utf16.decode(data.subarray(at, at + nameBytes - 2)), type, start: dv.getUint32(at + 116, true), size: dv.getUint32(at + 120, true) });
    }
    return entries;
  }

  find(name: string): CfbEntry | undefined {
    const lower = name.toLowerCase();
    return this.entries.find((e) => e.type === 2 && e.name.toLowerCase() === lower);
  }

  /** A stream's bytes, from the mini stream when it is small, else from its own chain. */
  stream(entry: CfbEntry, maxBytes: number): Uint8Array {
    if (entry.size > maxBytes || entry.size > this.bytes.length) fail("read.ole-sector-out-of-range", { part: entry.name });
    if (entry.size >= this.miniCutoff) return this.chain(entry.start, entry.size, entry.name);
    const root = this.entries.find((e) => e.type === 5);
    if (!root) return fail("read.ole-corrupt", { part: "Root Entry" });
    const mini = this.chain(root.start, root.size, "Root Entry");
    const miniFat = this.chain(this.miniFatStart, Math.min(this.miniFatSectors * this.sectorSize, this.bytes.length), "MiniFAT");
    const miniDv = new DataView(miniFat.buffer, miniFat.byteOffset, miniFat.byteLength);
    const miniSectors = Math.floor(mini.length / MINI_SECTOR);
    const out = new Uint8Array(entry.size);
    const seen = new Uint8Array(miniSectors);
    let sector = entry.start;
    for (let at = 0; at < entry.size; at += MINI_SECTOR) {
      if (sector >= miniSectors) fail("read.ole-sector-out-of-range", { part: entry.name });
      if (seen[sector]) fail("read.ole-chain-loop", { part: entry.name });
      seen[sector] = 1;
      const n = Math.min(MINI_SECTOR, entry.size - at);
      out.set(mini.subarray(sector * MINI_SECTOR, sector * MINI_SECTOR + n), at);
      sector = sector * 4 + 4 <= miniFat.length ? miniDv.getUint32(sector * 4, true) : END_OF_CHAIN;
    }
    return out;
  }

  /**
   * The bytes of a chain of sectors: `size` of them, or every sector to the end of the
   * chain when the size is not known (the directory's own chain).
   */
  private chain(start: number, size: number | undefined, part: string): Uint8Array {
    const size_ = this.sectorSize;
    const seen = new Uint8Array(this.sectors);
    const pieces: Uint8Array[] = [];
    let length = 0;
    let sector = start;
    while (size === undefined ? sector !== END_OF_CHAIN : length < size) {
      if (sector === END_OF_CHAIN || sector === FREE) fail("read.ole-corrupt", { part });
      this.checkSector(sector, seen, part);
      const at = this.offsetOf(sector);
      const piece = this.bytes.subarray(at, Math.min(at + size_, this.bytes.length));
      pieces.push(size === undefined ? piece : piece.subarray(0, Math.min(piece.length, size - length)));
      length += pieces[pieces.length - 1]!.length;
      sector = sector < this.fat.length ? this.fat[sector]! : fail("read.ole-sector-out-of-range", { part });
    }
    const out = new Uint8Array(length);
    let at = 0;
    for (const p of pieces) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }

  private checkSector(sector: number, seen: Uint8Array, part: string): void {
    if (sector >= this.sectors) fail("read.ole-sector-out-of-range", { part });
    if (seen[sector]) fail("read.ole-chain-loop", { part });
    seen[sector] = 1;
  }

  private offsetOf(sector: number): number {
    return (sector + 1) * this.sectorSize;
  }

  private u32(at: number): number {
    return at + 4 <= this.bytes.length ? this.dv.getUint32(at, true) : fail("read.ole-sector-out-of-range", { part: "FAT" });
  }
}
