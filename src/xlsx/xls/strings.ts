/**
 * BIFF8 strings: a character count, a flags byte (bit 0: two bytes per character, else
 * one, the high byte zero; bit 2: extended data follows; bit 3: rich-text runs follow),
 * the characters, then the runs and extended data, skipped. A string in the shared-string
 * table may be cut by a CONTINUE record anywhere; where it is cut among its characters,
 * the continuation starts with a new flags byte for the rest of them.
 */
import { fail } from "../reader/failure";
import { detach } from "../reader/text";

const utf16 = new TextDecoder("utf-16le");

/** Characters as stored: one byte each (the high byte zero) or UTF-16LE. */
export function chars(d: Uint8Array, at: number, count: number, wide: boolean): string {
  if (!wide) {
    // Not TextDecoder("latin1"), which is windows-1252: these bytes are code points U+0000–U+00FF.
    let s = "";
    for (let i = 0; i < count; i++) s += String.fromCharCode(d[at + i]!);
    return s;
  }
  return utf16.decode(d.subarray(at, at + count * 2));
}

/** A byte source across a record and its CONTINUE records. */
export class Segments {
  private index = 0;
  private at = 0;

  constructor(
    private readonly segments: readonly Uint8Array[],
    private readonly part: string,
  ) {}

  private get current(): Uint8Array {
    return this.segments[this.index]!;
  }

  /** Moves to the next segment when this one is used up; fails at the end of all. */
  private ensure(): void {
    while (this.index < this.segments.length && this.at >= this.current.length) {
      this.index++;
      this.at = 0;
    }
    if (this.index >= this.segments.length) fail("read.xls-corrupt", { part: this.part });
  }

  byte(): number {
    this.ensure();
    return this.current[this.at++]!;
  }

  u16(): number {
    return this.byte() | (this.byte() << 8);
  }

  u32(): number {
    return this.u16() + this.u16() * 0x10000;
  }

  skip(n: number): void {
    let left = n;
    while (left > 0) {
      this.ensure();
      const step = Math.min(left, this.current.length - this.at);
      this.at += step;
      left -= step;
    }
  }

  /** A string of `count` characters, picking up a new flags byte at each segment boundary. */
  characters(count: number, wide: boolean, maxLength: number): string {
    // A table of strings (or a formula's text): no cell to name.
    if (count > maxLength) fail("read.string-too-long.file", { part: this.part, limit: maxLength });
    let s = "";
    let left = count;
    let w = wide;
    while (left > 0) {
      if (this.at >= this.current.length) {
        this.index++;
        this.at = 0;
        if (this.index >= this.segments.length || this.current.length === 0) fail("read.xls-corrupt", { part: this.part });
        w = (this.current[this.at++]! & 1) === 1;
        continue;
      }
      const seg = this.current;
      const width = w ? 2 : 1;
      const n = Math.min(left, Math.floor((seg.length - this.at) / width));
      // A character split across two records: not something a writer does.
      if (n === 0) fail("read.xls-corrupt", { part: this.part });
      s += chars(seg, this.at, n, w);
      this.at += n * width;
      left -= n;
    }
    return s;
  }

  /** An XLUnicodeRichExtendedString, as the shared-string table holds them. */
  richString(maxLength: number): string {
    const count = this.u16();
    const flags = this.byte();
    const runs = flags & 0x08 ? this.u16() : 0;
    const ext = flags & 0x04 ? this.u32() : 0;
    const s = this.characters(count, (flags & 1) === 1, maxLength);
    this.skip(runs * 4 + ext);
    return detach(s);
  }

  /** An XLUnicodeString (a two-byte count), as the STRING record holds a formula's text. */
  unicodeString(maxLength: number): string {
    const count = this.u16();
    const flags = this.byte();
    return detach(this.characters(count, (flags & 1) === 1, maxLength));
  }
}

/**
 * An XLUnicodeString or ShortXLUnicodeString within one record: the string and the offset after it.
 * `where`: the cell it is the value of, named when it is too long.
 */
export function stringAt(d: Uint8Array, at: number, countBytes: 1 | 2, maxLength: number, part: string, where?: { sheet: string; cell: string }): [string, number] {
  if (at + countBytes + 1 > d.length) fail("read.xls-corrupt", { part });
  const count = countBytes === 1 ? d[at]! : d[at]! | (d[at + 1]! << 8);
  const flags = d[at + countBytes]!;
  let p = at + countBytes + 1;
  const runs = flags & 0x08 ? (p + 2 <= d.length ? d[p]! | (d[p + 1]! << 8) : 0) : 0;
  if (flags & 0x08) p += 2;
  let ext = 0;
  if (flags & 0x04) {
    ext = p + 4 <= d.length ? d[p]! | (d[p + 1]! << 8) | (d[p + 2]! << 16) | (d[p + 3]! << 24) : 0;
    p += 4;
  }
  if (count > maxLength) fail(where ? "read.string-too-long" : "read.string-too-long.file", { part, ...where, limit: maxLength });
  const wide = (flags & 1) === 1;
  const end = p + count * (wide ? 2 : 1);
  if (end > d.length) fail("read.xls-corrupt", { part });
  return [detach(chars(d, p, count, wide)), end + runs * 4 + ext];
}
