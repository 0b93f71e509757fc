/**
 * Checking one file's bytes, shared by the worker and the inline checker so a file is
 * judged the same on either path. An unexpected failure is a problem in the result: one
 * bad file must never stop a consolidation of a thousand. The .xls and .ods readers are
 * a chunk of their own, fetched the first time such a file comes.
 */
import type { CheckedFile } from "../../core/check";
import { checkFileBytes } from "../../xlsx/check-file";
import { sniffFormat } from "../../xlsx/read-any";
import { unreadable } from "./checker";

const loadOtherReaders = () => import("../../xlsx/other-readers");

export async function checkOne(name: string, bytes: Uint8Array, today: string): Promise<CheckedFile> {
  try {
    const readers = sniffFormat(bytes) === "xlsx" ? undefined : (await loadOtherReaders()).OTHER_READERS;
    return checkFileBytes(name, bytes, { today, readers });
  } catch (e) {
    return unreadable(name, e);
  }
}
