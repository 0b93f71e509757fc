/** One named file read (bounded) and checked, in whichever thread runs it. */
import type { CheckedFile } from "../core/check";
import type { FormId } from "../core/forms";
import { checkFileBytes, refused } from "../xlsx/check-file";
import { DEFAULT_LIMITS } from "../xlsx/reader";
import { OTHER_READERS } from "../xlsx/other-readers";
import { readBoundedSync, type Source } from "./files";
import { NODE_READ_CODEC } from "./node-read-codec";

/**
 * The file is named as the user gave it (or as found in a folder they gave), path and all.
 * Never throws: a file that cannot be opened, or that trips a bug of ours, is refused alone.
 */
export async function checkOne(source: Source, today: string, form?: FormId, onInternalError?: (e: unknown) => void): Promise<CheckedFile> {
  return checkOneSync(source, today, form, onInternalError);
}

/** One file read in one go and checked: in a worker, the read blocks only the thread that waits for it anyway. */
export function checkOneSync(source: Source, today: string, form?: FormId, onInternalError?: (e: unknown) => void): CheckedFile {
  let bytes: Uint8Array;
  try {
    bytes = readBoundedSync(source.path, DEFAULT_LIMITS.maxFileBytes);
  } catch (e) {
    return unopened(source.name, e);
  }
  return checkFileBytes(source.name, bytes, { today, form, onInternalError, readers: OTHER_READERS, codec: NODE_READ_CODEC });
}

function unopened(name: string, e: unknown): CheckedFile {
  if ((e as NodeJS.ErrnoException).code === "ENOTREG") return refused(name, "read.not-regular");
  return {
    file: name,
    problems: [{ code: "read.cannot-open", severity: "error", where: { file: name }, params: { detail: (e as Error).message } }],
    excluded: [],
    fixes: [],
  };
}
