/**
 * Excel said it cannot insert sheets after all (ExcelApi 1.13 missing although the
 * requirement check passed, as some hosts report): the caller offers a download instead.
 */
import { ExcelPortError } from "../../excel/errors";

export function isInsertUnsupported(e: unknown): boolean {
  return e instanceof ExcelPortError && e.code === "insertUnsupported";
}
