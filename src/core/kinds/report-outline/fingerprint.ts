/** The outline's answers as one text, the same for two copies of one report whatever their names. */
import type { Report } from "../../report";
import type { ReportOutlineForm } from "./schema";
import { isOutlineReport } from "./types";

export function outlineFingerprint(form: ReportOutlineForm, r: Report): { print: string; values: number } | undefined {
  if (!isOutlineReport(r)) return undefined;
  // The header (the unit's name, number and date) is who and when, not what was reported.
  const parts = form.fields.filter((f) => !f.header && r.fields[f.code] !== undefined).map((f) => `${f.code}=${String(r.fields[f.code]).trim()}`);
  return parts.length === 0 ? undefined : { print: parts.join("|"), values: parts.length };
}
