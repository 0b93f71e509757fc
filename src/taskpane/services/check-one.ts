/**
 * Checking one file's bytes, shared by the worker and the inline checker so a file is
 * judged the same on either path. An unexpected failure is a problem in the result: one
 * bad file must never stop a consolidation of a thousand.
 */
import type { CheckedFile } from "../../core/check";
import { checkFileBytes } from "../../xlsx/check-file";
import { unreadable } from "./unreadable";

export function checkOne(name: string, bytes: Uint8Array, today: string): CheckedFile {
  try {
    return checkFileBytes(name, bytes, { today });
  } catch (e) {
    return unreadable(name, e);
  }
}
