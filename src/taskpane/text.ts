/** Shorthands for the catalogue's task-pane text, so components read plainly. */
import { formatNumberVi, message, type MessageCode } from "../core/messages";
import { ExcelPortError } from "../excel/errors";

export const t = (code: MessageCode, params: Record<string, string | number> = {}): string => message(code, params);

/** A number the Vietnamese way ("1.500.000"), or a dash for a total whose parts were all left blank. */
export const num = (n: number | undefined): string => (n === undefined ? message("ui.noValue") : formatNumberVi(n));

/** What to tell the user about a failure: Excel's errors already say it in Vietnamese; anything else gets the generic notice. */
export function failure(e: unknown): string {
  if (e instanceof ExcelPortError) return e.message;
  return message("ui.error.unexpected", { detail: e instanceof Error ? e.message : String(e) });
}
