/** Running one of the other readers as `readWorkbook` runs the .xlsx one: failures become a problem. */
import { problem } from "../core/problems";
import { ReadFailure } from "./reader/failure";
import { DEFAULT_LIMITS, type ReadLimits, type ReadOptions, type ReadResult } from "./reader";
import type { readXlsPackage } from "./xls";

export type PackageReader = typeof readXlsPackage;

export interface OtherReaders {
  xls: PackageReader;
  ods: PackageReader;
}

export function readOther(read: PackageReader, bytes: Uint8Array, options: ReadOptions): ReadResult {
  const limits: ReadLimits = { ...DEFAULT_LIMITS, ...options.limits };
  try {
    const { workbook, warnings } = read(bytes, limits, options.sheetFilter);
    return { ok: true, workbook, warnings };
  } catch (e) {
    if (e instanceof ReadFailure) return { ok: false, problem: problem(e.code, "error", {}, e.params) };
    throw e;
  }
}
