/**
 * Parts that many files hold byte for byte. Forms written by this product, or saved by
 * the same build of Excel, carry the same styles, workbook and relationship parts: a
 * consolidator's hundred files hold a handful of distinct ones. What was read from such
 * a part is kept, by its compressed bytes, and given again for the next file whose part
 * has the very same bytes, the same method and declared size and checksum, and is read
 * under the same limits: inflating and parsing those bytes again could only give the same
 * result. Only parts read whole and without failure are kept, a few per kind, so a
 * hostile file can neither grow this nor change what another file reads.
 */
import type { ReadLimits } from "./limits";
import type { ZipEntry } from "./zip";

/** Larger parts are not kept: the comparison must stay cheap beside reading. */
const MAX_KEPT_BYTES = 64 * 1024;

interface Kept<T> {
  data: Uint8Array;
  method: number;
  crc: number;
  size: number;
  /** What else the result depends on (the folder a rels part's targets resolve against). */
  context: string;
  limits: ReadLimits;
  value: T;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameLimits(a: ReadLimits, b: ReadLimits): boolean {
  if (a === b) return true;
  for (const k in a) if (a[k as keyof ReadLimits] !== b[k as keyof ReadLimits]) return false;
  return true;
}

const memos: PartMemo<unknown>[] = [];

/** Results kept for one kind of part; the most recent first. */
export class PartMemo<T> {
  private kept: Kept<T>[] = [];

  constructor(private readonly max = 4) {
    memos.push(this as PartMemo<unknown>);
  }

  find(data: Uint8Array, entry: ZipEntry, context: string, limits: ReadLimits): T | undefined {
    for (let i = 0; i < this.kept.length; i++) {
      const k = this.kept[i]!;
      if (k.crc === entry.crc && k.size === entry.uncompressedSize && k.method === entry.method && k.context === context && sameBytes(k.data, data) && sameLimits(k.limits, limits)) {
        if (i > 0) this.kept.unshift(...this.kept.splice(i, 1));
        return k.value;
      }
    }
    return undefined;
  }

  keep(data: Uint8Array, entry: ZipEntry, context: string, limits: ReadLimits, value: T): void {
    if (data.length > MAX_KEPT_BYTES) return;
    // A copy: a view would keep the whole file it was cut from.
    this.kept.unshift({ data: data.slice(), method: entry.method, crc: entry.crc, size: entry.uncompressedSize, context, limits: { ...limits }, value });
    if (this.kept.length > this.max) this.kept.pop();
  }

  clear(): void {
    this.kept = [];
  }
}

/** Forgets every kept part: for measuring what a file costs read afresh. */
export function forgetKeptParts(): void {
  for (const m of memos) m.clear();
}
