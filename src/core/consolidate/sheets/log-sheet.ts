/**
 * Nhật ký: the consolidation's log as a sheet a consolidator can filter and print, one
 * line per file and per problem, then the units missing, off the list, late and undated.
 * Every text here that quotes a submission is a plain value.
 */
import { a1 } from "../../cells";
import { message, type MessageCode } from "../../messages";
import type { CellDescription, MadeRow, RowRun, SheetDescription } from "../../sheet";
import { dayVi } from "../identity";
import type { Consolidation, LogLine } from "../types";
import { D, fileLabel, stampVi, tablePage, type SummaryContext } from "./common";
import { wrappedHeight } from "../../layout/row-height";

const COL = { stt: 1, file: 2, unit: 3, status: 4, code: 5, cell: 6, message: 7 } as const;
const LAST = COL.message;
const HEAD_ROW = 6;
/** Widths by column: 136 characters, one landscape page wide at the table scale. */
const COLUMNS = [4, 22, 22, 12, 20, 6, 50] as const;

/** `message`: the line's message, when already worded. */
function lineHeight(l: LogLine, file: string, message = l.message): number {
  const w = (col: number) => COLUMNS[col - 1]!;
  return Math.max(wrappedHeight(file, w(COL.file)), wrappedHeight(l.unit ?? "", w(COL.unit)), wrappedHeight(l.code, w(COL.code)), wrappedHeight(message, w(COL.message)), wrappedHeight(statusLabel(l), w(COL.status)));
}

export function statusLabel(l: LogLine): string {
  const code = (l.status === "problem" ? `consolidate.log.status.problem.${l.severity ?? "info"}` : `consolidate.log.status.${l.status}`) as MessageCode;
  return message(code);
}

/** `formName`: the consolidated form as its kind names it. */
export function logSheet(c: Consolidation, name: string, ctx: SummaryContext, formName: string): SheetDescription {
  const cells: CellDescription[] = [];
  const merges: string[] = [];
  const wide = (row: number, value: string, style: CellDescription["style"]) => {
    cells.push({ row, col: 1, value, style });
    merges.push(`${a1(row, 1)}:${a1(row, LAST)}`);
  };
  const accepted = c.files.filter((f) => f.status === "accepted").length;
  wide(1, message("consolidate.log.title"), D.title);
  wide(2, message("consolidate.log.date", { date: stampVi(ctx.date) }), D.subtitle);
  wide(3, message("consolidate.log.form", { form: formName, year: c.year === null ? "" : String(c.year), deadline: c.deadline ? dayVi(c.deadline) : message("consolidate.log.noDeadline") }), D.plain);
  wide(4, message("consolidate.log.counts", { files: c.files.length, accepted, rejected: c.files.length - accepted, units: c.unitsCovered }), D.plain);

  const heads: [number, MessageCode][] = [
    [COL.stt, "consolidate.log.head.stt"],
    [COL.file, "consolidate.log.head.file"],
    [COL.unit, "consolidate.log.head.unit"],
    [COL.status, "consolidate.log.head.status"],
    [COL.code, "consolidate.log.head.code"],
    [COL.cell, "consolidate.log.head.cell"],
    [COL.message, "consolidate.log.head.message"],
  ];
  for (const [col, code] of heads) cells.push({ row: HEAD_ROW, col, value: message(code), style: D.head });

  const table = c.log.filter((l) => l.status !== "missing");
  // Files as the sheets show them: below the consolidated folder.
  const fileOf = (l: LogLine) => (l.file === undefined ? undefined : fileLabel(l.file, ctx.folder));
  const tableEnd = HEAD_ROW + Math.max(table.length, 1);

  // The units missing, off the list, late and undated, in sections below the table: where
  // each starts is known now (the merges are), its lines are made when written.
  const sections: { top: number; title: string; units: readonly string[] }[] = [];
  let row = tableEnd + 2;
  for (const [code, units] of [
    ["consolidate.log.missing", c.missing],
    ["consolidate.log.unexpected", c.unexpected],
    ["consolidate.log.late", c.late],
    ["consolidate.log.undated", c.undated],
  ] as const) {
    sections.push({ top: row, title: message(code, { count: units.length }), units });
    merges.push(`${a1(row, 1)}:${a1(row, LAST)}`);
    units.forEach((_, i) => merges.push(`${a1(row + 1 + i, COL.file)}:${a1(row + 1 + i, COL.unit)}`));
    row += 1 + Math.max(units.length, 1) + 1;
  }

  // The line last worded for its cells: a streaming writer measures its height from the same
  // message rather than wording it again (a problem's message unpacks the file's problems).
  let worded: { row: number; message: string } | undefined;
  const heightOf = (row: number): number | undefined => {
    const l = table[row - HEAD_ROW - 1];
    if (l === undefined) return undefined;
    return lineHeight(l, fileOf(l) ?? "", worded?.row === row ? worded.message : l.message);
  };

  // One line per file and per problem: a country's inbox has 10,000s, never held as cells.
  // Lines alike in look (a file's line in bold, its problems' not) come as one run each.
  const cols = [COL.stt, COL.file, COL.unit, COL.status, COL.code, COL.cell, COL.message];
  const looks = (bold: boolean) => [D.center, bold ? D.textBold : D.text, D.text, D.text, D.text, D.center, D.text];
  const [plainLooks, boldLooks] = [looks(false), looks(true)];
  const isBold = (l: LogLine) => l.fileIndex !== undefined && (l.status === "accepted" || l.status === "rejected" || l.status === "duplicate-dropped");
  function* lines(): Iterable<MadeRow> {
    for (let start = 0; start < table.length; ) {
      const bold = isBold(table[start]!);
      let end = start + 1;
      while (end < table.length && isBold(table[end]!) === bold) end++;
      const from = start;
      const first = HEAD_ROW + 1 + from;
      yield {
        first,
        count: end - from,
        cols,
        styles: bold ? boldLooks : plainLooks,
        value: (i, j) => {
          const l = table[from + i]!;
          switch (j) {
            case 0:
              return from + i + 1;
            case 1:
              return fileOf(l) ?? null;
            case 2:
              return l.unit ?? null;
            case 3:
              return statusLabel(l);
            case 4:
              return l.code;
            case 5:
              return l.cell ?? null;
          }
          // Worded last in its row: the writer asks the row's height once its values are made.
          const message = l.message;
          worded = { row: first + i, message };
          return message;
        },
      } satisfies RowRun;
      start = end;
    }
    for (const s of sections) {
      yield { row: s.top, col: 1, value: s.title, style: D.section };
      if (s.units.length === 0) yield { row: s.top + 1, col: COL.file, value: message("consolidate.log.none"), style: D.plain };
      for (const [i, u] of s.units.entries()) {
        yield { row: s.top + 1 + i, col: COL.stt, value: i + 1, style: D.center };
        yield { row: s.top + 1 + i, col: COL.file, value: u, style: D.text };
      }
    }
  }

  return {
    name,
    columns: COLUMNS.map((width, i) => ({ col: i + 1, width })),
    // Wrapped text in rows as tall as it needs: a row of the default height would print its
    // lines over the next row's.
    // Made when the writer asks for them, not held from describing to writing: a country's log has 100,000s of lines.
    get rowHeights() {
      return [{ row: 1, height: 24 }, ...table.map((l, i) => ({ row: HEAD_ROW + 1 + i, height: lineHeight(l, fileOf(l) ?? "") }))];
    },
    streamedHeights: { above: [{ row: 1, height: 24 }], of: heightOf },
    cells,
    rows: lines,
    merges,
    page: { ...tablePage(), repeatRows: [HEAD_ROW, HEAD_ROW], printArea: `A1:${a1(row, LAST)}` },
    protect: false,
    freeze: { row: HEAD_ROW + 1, col: 1 },
    gridlines: true,
    autoFilter: `A${HEAD_ROW}:${a1(tableEnd, LAST)}`,
  };
}
