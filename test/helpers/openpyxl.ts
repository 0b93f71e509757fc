/**
 * Workbooks written by openpyxl (Debian's python3-openpyxl), not by us: the independent
 * writer for files "as units send them". A cell is a number, a text, blank (null), a real
 * date cell ({ date: "2025-10-10" }, shown dd/mm/yyyy), or a merge over the next columns.
 */
import { spawnSync } from "child_process";
import { readFileSync } from "fs";

export type PyCell = string | number | null | { date: string };
export interface PySheet {
  name: string;
  rows: PyCell[][];
  /** "A1:F1" ranges to merge, as a typist merges a title. */
  merges?: string[];
}

const SCRIPT = String.raw`
import json, sys, datetime
from openpyxl import Workbook
spec = json.load(sys.stdin)
wb = Workbook()
wb.remove(wb.active)
for s in spec["sheets"]:
    ws = wb.create_sheet(s["name"])
    for r, row in enumerate(s["rows"], start=1):
        for c, v in enumerate(row, start=1):
            if v is None:
                continue
            if isinstance(v, dict):
                y, m, d = (int(x) for x in v["date"].split("-"))
                cell = ws.cell(row=r, column=c, value=datetime.datetime(y, m, d))
                cell.number_format = "dd/mm/yyyy"
            else:
                ws.cell(row=r, column=c, value=v)
    for rng in s.get("merges", []):
        ws.merge_cells(rng)
wb.save(spec["out"])
`;

export const PYTHON = "/usr/bin/python3";

/** Writes the workbook at `out` with openpyxl and returns its bytes. */
export function writeWithOpenpyxl(out: string, sheets: PySheet[]): Uint8Array {
  const r = spawnSync(PYTHON, ["-c", SCRIPT], { input: JSON.stringify({ out, sheets }), encoding: "utf8", timeout: 60_000 });
  if (r.status !== 0) throw new Error(`openpyxl could not write ${out}: ${r.error?.message ?? ""}${r.stderr}`);
  return new Uint8Array(readFileSync(out));
}
