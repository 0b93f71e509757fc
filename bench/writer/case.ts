/**
 * One timing of `node bench/writer.js`, run in a process of its own so that its peak RSS is
 * its own: the summary of N units described from a real consolidation, then written by one
 * writer (or, for "ours-zlib-rows", a Chi tiết of N units made by rows() as it is written). N units are made from 50 filled forms written and checked for real, each copied
 * under its own unit name with one value changed (so no two are the same report); the
 * copies share the rest of their report, so the units themselves weigh little.
 */
import { writeFileSync } from "fs";
import { consolidate, summarySheets } from "../../src/core/pipeline";
import { defaultSheetNames } from "../../src/core/consolidate";
import type { CheckedFile } from "../../src/core/check";
import { getForm } from "../../src/core/kinds";
import { statsTableSheet, type StatsReport, type StatsTableForm } from "../../src/core/kinds/stats-table";
import { fillStatsSheet, isoToSerial, randomSchoolValues, sampleUnitName, seeded } from "../../src/core/sample";
import { eachCell, fitToExcel, type CellStyle, type SheetDescription } from "../../src/core/sheet";
import { checkFileBytes } from "../../src/xlsx/check-file";
import { renderWorkbook } from "../../src/xlsx/writer";
import { streamWorkbook, writeWorkbook } from "../../src/xlsx/stream";
import { PartWriter } from "../../src/xlsx/stream/zip";
import { sheetRows } from "../../src/xlsx/stream/sheet-rows";
import { SharedStrings } from "../../src/xlsx/stream/strings";
import { XfBook } from "../../src/xlsx/stream/styles";
import { xmlText } from "../../src/xlsx/stream/escape";
import { checkFrame } from "../../src/xlsx/writer/sheet-layout";
import { StyleBook } from "../../src/xlsx/writer/styles";
import { renderWorkbookStreaming } from "./exceljs-stream";
import { NODE_CODEC } from "../../src/cli/node-codec";

const DISTINCT = 50;

async function units(count: number): Promise<CheckedFile[]> {
  const form = getForm("stats-table") as StatsTableForm;
  const rng = seeded(7);
  const real: CheckedFile[] = [];
  for (let i = 0; i < DISTINCT; i++) {
    const sheet = fillStatsSheet(statsTableSheet({ form, year: 2025, sheetName: "Số liệu", unit: sampleUnitName(i) }), form, randomSchoolValues(rng, form), { dateSerial: isoToSerial(`2025-10-${String(5 + (i % 9)).padStart(2, "0")}`) });
    real.push(checkFileBytes(`mau-${i}.xlsx`, await renderWorkbook([sheet]), { today: "2025-11-24" }));
  }
  return Array.from({ length: count }, (_, i) => {
    const base = real[i % DISTINCT]!;
    const report = base.report as StatsReport;
    const values = { ...report.values, "1.1": { ...report.values["1.1"], people: (report.values["1.1"]?.people ?? 0) + i } };
    return { ...base, file: `huyen-${i % 97}/don-vi-${i}.xlsx`, report: { ...report, unit: `${sampleUnitName(i)} số ${i}`, values } };
  });
}

async function main(): Promise<void> {
  const [writer, countText] = process.argv.slice(2);
  const count = Number(countText);
  let accepted = count;
  let sheets: SheetDescription[];
  if (writer === "ours-zlib-rows") sheets = [detailRows(count)];
  else {
    const c = consolidate(await units(count), { onDuplicate: "latest", acceptErrors: false });
    accepted = c.files.filter((f) => f.status === "accepted").length;
    sheets = summarySheets(c, defaultSheetNames(), { date: "2025-11-24T09:30", unit: "Sở Giáo dục và Đào tạo" });
  }
  fitToExcel(sheets);
  const cells = sheets.reduce((n, s) => n + s.cells.length, 0);
  if (process.env.WRITER_PHASES) phases(sheets);
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  let bytes: Uint8Array;
  if (writer === "exceljs") bytes = await renderWorkbookStreaming(sheets, { title: "Tổng hợp" });
  else if (writer === "ours-zlib-rows") {
    // As the command line does: each piece goes on (here: is counted) as it is made.
    let size = 0;
    for (const piece of streamWorkbook(sheets, { title: "Tổng hợp", codec: NODE_CODEC }).chunks) size += piece.length;
    bytes = new Uint8Array(size);
  } else {
    const level = writer.endsWith("-6") ? 6 : 1;
    bytes = writeWorkbook(sheets, { title: "Tổng hợp", level, ...(writer.startsWith("ours-zlib") ? { codec: NODE_CODEC } : {}) }).bytes;
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const peak = process.resourceUsage().maxRSS * 1024;
  if (process.env.WRITER_SAVE) writeFileSync(process.env.WRITER_SAVE, bytes);
  process.stdout.write(JSON.stringify({ writer, units: count, accepted, cells, ms, cpuMs, bytes: bytes.length, rssBefore, peakBefore, peak }) + "\n");
}

/**
 * A Chi tiết of `count` units' rows (75 cells each, as the summary's) made by rows() as it is
 * written, as the per-unit detail will make it: what the writer holds is then its own.
 */
function detailRows(count: number): SheetDescription {
  const text: CellStyle = { border: true, wrap: true };
  const number: CellStyle = { border: true, numFmt: "#,##0" };
  return {
    name: "Chi tiết",
    columns: [{ col: 1, width: 5 }, { col: 2, width: 30 }],
    cells: [{ row: 1, col: 1, value: "STT", style: text }, { row: 1, col: 2, value: "Đơn vị", style: text }],
    *rows() {
      for (let i = 0; i < count; i++) {
        const row = i + 2;
        yield { row, col: 1, value: i + 1, style: number };
        yield { row, col: 2, value: `${sampleUnitName(i)} số ${i}`, style: text };
        yield { row, col: 3, value: `huyen-${i % 97}/don-vi-${i}.xlsx`, style: text };
        for (let col = 4; col <= 75; col++) yield { row, col, value: (i * col) % 997, style: number };
      }
    },
    merges: [],
  };
}

/** Where the writer's time goes, for a developer tuning it (WRITER_PHASES=1). */
function phases(sheets: SheetDescription[]): void {
  const cpu = (what: string, f: () => void) => {
    global.gc?.();
    const start = process.cpuUsage();
    f();
    const used = process.cpuUsage(start);
    process.stderr.write(`${what}: ${((used.user + used.system) / 1000).toFixed(0)} ms CPU\n`);
  };
  const chi = sheets[1]!;
  process.stderr.write(`Chi tiết: ${chi.cells.length} cells, in row order: ${chi.cells.every((c, i) => i === 0 || c.row >= chi.cells[i - 1]!.row)}\n`);
  for (let i = 0; i < 3; i++) {
    cpu("look up every cell's xf", () => {
      const xfs = new XfBook();
      for (const c of chi.cells) xfs.get(c.style, c.locked !== false);
    });
    cpu("ExcelJS writer's StyleBook.get for every cell (by identity)", () => {
      const book = new StyleBook();
      for (const c of chi.cells) book.get(c.style, c.locked !== false);
    });
    cpu("the same keyed by JSON.stringify, as StyleBook did before", () => {
      const cache = new Map<string, unknown>();
      for (const c of chi.cells) {
        const key = JSON.stringify([c.style ?? {}, c.locked !== false]);
        if (!cache.has(key)) cache.set(key, {});
      }
    });
    cpu("look up every text in the shared strings", () => {
      const strings = new SharedStrings();
      for (const c of chi.cells) if (typeof c.value === "string") strings.id(c.value);
    });
    cpu("escape and encode every text (what inline strings would cost instead)", () => {
      const buf = new Uint8Array(1 << 20);
      const encoder = new TextEncoder();
      let bytes = 0;
      for (const c of chi.cells) if (typeof c.value === "string") bytes += encoder.encodeInto(`<is><t>${xmlText(c.value)}</t></is>`, buf).written;
      process.stderr.write(`  (${(bytes / 1048576).toFixed(1)} MB of inline text)\n`);
    });
    cpu("visit every cell", () => {
      let n = 0;
      for (const s of sheets) for (const c of eachCell(s)) n += c.col;
      if (n < 0) throw new Error("unreachable");
    });
    cpu("rows into a sink that drops them", () => {
      for (const s of sheets) {
        const part = new PartWriter({ push: () => undefined } as unknown as ConstructorParameters<typeof PartWriter>[0]);
        const ctx = { sheet: s, frame: checkFrame(s), xfs: new XfBook(), strings: new SharedStrings(), lists: new Map(), unfit: [], streamed: () => undefined };
        for (const _ of sheetRows(ctx, part)) void _;
      }
    });
    cpu("write, stored", () => writeWorkbook(sheets, { level: 0 }));
    cpu("write, level 1", () => writeWorkbook(sheets, { level: 1 }));
    cpu("write, level 1, Node's zlib", () => writeWorkbook(sheets, { level: 1, codec: NODE_CODEC }));
  }
}

void main();
