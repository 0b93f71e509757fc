/**
 * Reading and checking many files, one at a time, keeping only each file's checked
 * report: memory stays flat however many files a province sends.
 */
import * as path from "node:path";
import type { CheckedFile } from "../core/check/result";
import { checkOne } from "./commands/check";

export interface CheckManyOptions {
  jobs?: number;
  onProgress?(done: number): void;
}

export async function checkFiles(files: readonly string[], today: string, opts: CheckManyOptions = {}): Promise<CheckedFile[]> {
  const results: CheckedFile[] = [];
  for (const file of files) {
    const r = await checkOne(file, today);
    results.push({ ...r, file: path.basename(file) });
    opts.onProgress?.(results.length);
  }
  return results;
}
