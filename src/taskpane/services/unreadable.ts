/** A file that could not be read or checked at all, as a result: the run goes on without it. */
import type { CheckedFile } from "../../core/check";
import { problem } from "../../core/problems";

export function unreadable(name: string, e: unknown): CheckedFile {
  const detail = e instanceof Error ? e.message : String(e);
  return { file: name, problems: [problem("read.cannot-open", "error", { file: name }, { detail })], excluded: [], fixes: [] };
}
