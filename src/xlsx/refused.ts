/** A file refused whole, light enough for the pane's first chunk (no reader, no checks). */
import type { CheckedFile } from "../core/check";

/** A file refused as a whole for a reason of the run's (internal error, time, memory), not of its content. */
export function refused(file: string, code: "read.internal" | "read.timeout" | "read.memory" | "read.not-regular", params: Record<string, string | number> = {}): CheckedFile {
  return { file, problems: [{ code, severity: "error", where: { file }, params: { file, ...params } }], excluded: [], fixes: [] };
}
