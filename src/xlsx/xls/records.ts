/**
 * BIFF8 records: a type, a length and at most 8,224 bytes of data, longer data carried on
 * in CONTINUE records that follow. A record whose length runs past the stream's end is
 * refused: the file was cut short or damaged.
 */
import { fail } from "../reader/failure";

export const RT = {
  FORMULA: 0x0006,
  EOF: 0x000a,
  EXTERNSHEET: 0x0017,
  NAME: 0x0018,
  FILEPASS: 0x002f,
  CONTINUE: 0x003c,
  CODEPAGE: 0x0042,
  BOUNDSHEET: 0x0085,
  MULRK: 0x00bd,
  RSTRING: 0x00d6,
  XF: 0x00e0,
  SST: 0x00fc,
  LABELSST: 0x00fd,
  NUMBER: 0x0203,
  LABEL: 0x0204,
  BOOLERR: 0x0205,
  STRING: 0x0207,
  RK: 0x027e,
  FORMAT: 0x041e,
  SHRFMLA: 0x04bc,
  BOF: 0x0809,
} as const;

export interface BiffRecord {
  type: number;
  /** Offset of the record's header in the stream. */
  at: number;
  data: Uint8Array;
  /** The data of the CONTINUE records that follow it, in order. */
  continues: Uint8Array[];
}

const NO_CONTINUES: Uint8Array[] = [];

/** Walks the records from `start` to the stream's end (or until the caller stops). */
export function* records(stream: Uint8Array, start: number, part: string): Generator<BiffRecord> {
  let p = start;
  const header = (at: number): [number, number] => {
    if (at + 4 > stream.length) fail("read.xls-corrupt", { part });
    const type = stream[at]! | (stream[at + 1]! << 8);
    const length = stream[at + 2]! | (stream[at + 3]! << 8);
    if (at + 4 + length > stream.length) fail("read.truncated");
    return [type, length];
  };
  while (p + 4 <= stream.length) {
    const [type, length] = header(p);
    const data = stream.subarray(p + 4, p + 4 + length);
    const at = p;
    p += 4 + length;
    let continues = NO_CONTINUES;
    while (p + 4 <= stream.length && stream[p] === 0x3c && stream[p + 1] === 0) {
      const [, more] = header(p);
      if (continues === NO_CONTINUES) continues = [];
      continues.push(stream.subarray(p + 4, p + 4 + more));
      p += 4 + more;
    }
    yield { type, at, data, continues };
  }
}

export function u16(d: Uint8Array, at: number): number {
  return d[at]! | (d[at + 1]! << 8);
}

export function u32(d: Uint8Array, at: number): number {
  return (d[at]! | (d[at + 1]! << 8) | (d[at + 2]! << 16)) + d[at + 3]! * 0x1000000;
}

export function f64(d: Uint8Array, at: number): number {
  return new DataView(d.buffer, d.byteOffset + at, 8).getFloat64(0, true);
}

/** Refuses a record too short for the fields the reader is about to take from it. */
export function need(d: Uint8Array, length: number, part: string): void {
  if (d.length < length) fail("read.xls-corrupt", { part });
}
