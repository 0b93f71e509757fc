/** The table's values as one text, the same for two copies of one report whatever their names. */
import type { Report } from "../../report";
import { isStatsReport } from "./types";

export function statsFingerprint(r: Report): { print: string; values: number } | undefined {
  if (!isStatsReport(r)) return undefined;
  const parts: string[] = [];
  for (const code of Object.keys(r.values).sort()) {
    const v = r.values[code]!;
    for (const m of Object.keys(v).sort()) parts.push(`${code}:${m}=${v[m as keyof typeof v]}`);
  }
  const values = parts.length;
  for (const code of Object.keys(r.notes).sort()) if (r.notes[code]!.trim() !== "") parts.push(`${code}:note=${r.notes[code]!.trim()}`);
  return parts.length === 0 ? undefined : { print: parts.join("|"), values };
}
