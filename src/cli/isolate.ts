/**
 * Consolidating and describing the summary, with no single file able to stop it. Should
 * either throw (a bug of ours that some file's content trips), each file is tried alone to
 * find the ones at fault; those are refused as "lỗi nội bộ khi đọc tệp …" and the rest are
 * consolidated without them.
 */
import type { CheckedFile } from "../core/check";
import { refused } from "../xlsx/check-file";

export function isolated<T>(files: CheckedFile[], attempt: (files: CheckedFile[]) => T, onInternalError: (file: string, e: unknown) => void): T {
  try {
    return attempt(files);
  } catch (whole) {
    let found = false;
    const kept = files.map((f) => {
      if (!f.report) return f;
      try {
        attempt([f]);
        return f;
      } catch (e) {
        found = true;
        onInternalError(f.file, e);
        return refused(f.file, "read.internal");
      }
    });
    // Not one file's fault: the run's, and it says so.
    if (!found) throw whole;
    return attempt(kept);
  }
}
