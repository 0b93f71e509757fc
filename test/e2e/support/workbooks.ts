/** Reading what the page downloaded with the project's own reader, and the card the CLI's JSON implies. */
import { basename, dirname } from "path";
import type { RawCell, RawSheet, RawWorkbook } from "../../../src/core/cells";
import type { ConsolidationJson } from "../../../src/core/pipeline";
import { formatNumberVi, message } from "../../../src/core/messages";
import type { MeasureValues } from "../../../src/core/report";
import { readWorkbook } from "../../../src/xlsx/reader";
import type { ShownCard } from "./read-page";

export function read(bytes: Uint8Array): RawWorkbook {
  const r = readWorkbook(bytes);
  if (!r.ok) throw new Error(`unreadable workbook: ${r.problem.code}`);
  return r.workbook;
}

export function sheetsOf(bytes: Uint8Array): Map<string, RawSheet> {
  return new Map(read(bytes).sheets.map((s) => [s.name, s]));
}

/** A sheet's cells as comparable entries, in key order; only one kind when asked. */
export function cellsOf(sheet: RawSheet, kind?: RawCell["kind"]): [number, RawCell][] {
  return [...sheet.cells.entries()].filter(([, c]) => kind === undefined || c.kind === kind).sort(([a], [b]) => a - b);
}

/** Rows without a single answer dropped: "left blank" is spelt differently by different readers. */
export function nonEmpty(rows: Record<string, MeasureValues>): Record<string, MeasureValues> {
  return Object.fromEntries(Object.entries(rows).filter(([, v]) => Object.keys(v).length > 0));
}

const DROPPED = "consolidate.duplicate.dropped";

/**
 * The result card the pane must show for a consolidation `htsd consolidate --json` reported
 * so. The CLI names files by path, the pane by name: paths are cut to names.
 */
export function expectedCard(json: ConsolidationJson, deadline: boolean): ShownCard {
  const byName = (text: string) => json.rejected.concat(json.accepted.map((a) => ({ file: a.file, code: "", message: "" }))).reduce((t, f) => t.split(dirname(f.file) + "/").join(""), text);
  const n = (v: number | undefined) => (v === undefined ? message("ui.noValue") : formatNumberVi(v));
  const { participation: p, funding: f } = json.totals;
  const dropped = json.rejected.filter((r) => r.code === DROPPED).length;
  const units = new Set(json.accepted.map((a) => a.unit)).size;
  const figures: [string, string][] = [
    [message("ui.result.accepted"), message("ui.result.accepted.value", { files: json.accepted.length, units })],
    [message("ui.result.rejected"), message("ui.result.count.files", { count: json.rejected.length - dropped })],
    [message("ui.result.duplicates"), message("ui.result.count.files", { count: dropped })],
    [message("ui.result.missing"), message("ui.result.count.units", { count: json.missing.length })],
    ...(deadline ? [[message("ui.result.late"), message("ui.result.count.units", { count: json.late.length })] as [string, string]] : []),
  ];
  return {
    title: message("ui.result.title", { form: message(json.form === "stats-table" ? "consolidate.form.stats-table" : "consolidate.form.report-outline"), year: json.year ?? message("ui.noValue") }),
    blocks: [
      { heading: message("ui.result.units"), figures },
      {
        heading: message("ui.result.participation"),
        figures: [
          [message("ui.result.trainees"), n(p.trainees)],
          [message("ui.result.activities"), n(p.activities)],
          [message("ui.result.total"), n(p.total)],
        ],
      },
      {
        heading: message("ui.result.funding"),
        figures: [
          [message("ui.result.state"), n(f.state)],
          [message("ui.result.other"), n(f.other)],
          [message("ui.result.total"), n(f.total)],
        ],
      },
    ],
    notes: [
      ...json.notes.filter((x) => x.code.startsWith("consolidate.year.")).map((x) => x.message),
      ...(json.missing.length > 0 ? [message("ui.result.missingUnits", { units: json.missing.join("; ") })] : []),
      ...json.suggested.map((s) => message("ui.result.suggested", { unit: s.unit, listed: s.listed })),
    ],
    notUsed: json.rejected.map((r) => message("ui.result.notUsed.item", { file: basename(r.file), reason: byName(r.message) })),
  };
}
