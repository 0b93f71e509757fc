/**
 * A safe, bounded reader of .xlsx files from untrusted sources, for Node and the browser
 * alike (bytes in, no file system, no Node APIs). A file it cannot or will not read comes
 * back as one Problem naming what the file is and what to do; it never throws for a file.
 */
import type { RawWorkbook } from "../../core/cells";
import { problem, type Problem } from "../../core/problems";
import type { ReadCodec } from "./codec";
import { ReadFailure } from "./failure";
import { DEFAULT_LIMITS, type ReadLimits } from "./limits";
import { readPackage, type SheetFilter } from "./read-workbook";

export { DEFAULT_LIMITS, type ReadLimits } from "./limits";
export type { SheetFilter } from "./read-workbook";
export type { ReadCodec } from "./codec";
export { forgetKeptParts } from "./part-memo";

export interface ReadOptions {
  limits?: Partial<ReadLimits>;
  /** Sheets to read, by name and index in the workbook's sheet list; the others are not even inflated. */
  sheetFilter?: SheetFilter;
  /** Inflating, checksums and decoding: fflate, the reader's CRC-32 and TextDecoder unless given. */
  codec?: ReadCodec;
}

/** `where` is left empty: the caller knows the file's name. */
export type ReadResult = { ok: true; workbook: RawWorkbook; warnings: Problem[] } | { ok: false; problem: Problem };

export function readWorkbook(bytes: Uint8Array, options: ReadOptions = {}): ReadResult {
  const limits: ReadLimits = { ...DEFAULT_LIMITS, ...options.limits };
  try {
    const { workbook, warnings } = readPackage(bytes, limits, options.sheetFilter, options.codec);
    return { ok: true, workbook, warnings };
  } catch (e) {
    if (e instanceof ReadFailure) return { ok: false, problem: problem(e.code, "error", {}, e.params) };
    throw e;
  }
}
