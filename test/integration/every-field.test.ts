/**
 * Every field of both forms, filled with anything a unit may type (long, many lines,
 * looking like a formula, the longest a cell holds, Vietnamese in either composition), goes
 * the whole way without breaking: written, read, checked, consolidated, the summary
 * described, rendered by both writers, and read back with the same numbers. Random
 * content, seeded: replay with FC_SEED=<seed> npx jest test/integration/every-field.
 */
import fc from "fast-check";
import { STATS_HEADER, columnOf, rowOf, statsForm, type StatsTableForm } from "../../src/core/kinds/stats-table";
import { outlineForm, type ReportOutlineForm } from "../../src/core/kinds/report-outline";
import { defaultSheetNames } from "../../src/core/consolidate";
import { checkWorkbook, consolidate, formSheet, summarySheets, toJson, toJsonLines } from "../../src/core/pipeline";
import type { CellDescription, SheetDescription } from "../../src/core/sheet";
import { renderWorkbook } from "../../src/xlsx/writer";
import { writeWorkbook } from "../../src/xlsx/stream";
import { readWorkbook } from "../../src/xlsx/reader";

const FC = { seed: Number(process.env.FC_SEED ?? 20251207), numRuns: Number(process.env.FC_RUNS ?? 12) };
const STATS = statsForm()! as StatsTableForm;
const OUTLINE = outlineForm()! as ReportOutlineForm;
const MAX_CELL = 32_767;

/** What people type into a text cell. */
const typedText = fc.oneof(
  fc.constantFrom("Sân trường", "Nhà văn hóa thôn Bản Lát", "Đề nghị Sở GDĐT hỗ trợ kinh phí", "Hoà", "Hòa"),
  fc.string({ minLength: 1, maxLength: 60 }).map((s) => s.trim() || "x"),
  fc.constantFrom("=SUM(A1:A9)", "+84 912 345 678", "-5 lớp", "@mentions", "=HYPERLINK(\"http://x\",\"y\")", "'=1+1"),
  fc.array(fc.constantFrom("Dòng một", "Dòng hai có dấu: ệ ữ ỡ", "— gạch —"), { minLength: 2, maxLength: 6 }).map((l) => l.join("\n")),
  fc.integer({ min: 1000, max: MAX_CELL }).map((n) => "Kiến nghị dài. ".repeat(Math.ceil(n / 15)).slice(0, n)),
  fc.constant("Ngày hội đọc sách".normalize("NFD")),
);

function at(sheet: SheetDescription, row: number, col: number, value: string | number): SheetDescription {
  const cells: CellDescription[] = sheet.cells.map((c) => (c.row === row && c.col === col ? { ...c, value } : c));
  if (!cells.some((c) => c.row === row && c.col === col)) cells.push({ row, col, value });
  return { ...sheet, cells };
}

function read(bytes: Uint8Array) {
  const r = readWorkbook(bytes);
  if (!r.ok) throw new Error(`not readable: ${r.problem.code}`);
  return r.workbook;
}

/** One statistics table: a number in every cell its unit allows, a note on some rows. */
const statsUnit = fc.record({
  numbers: fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: STATS.rows.length * 2, maxLength: STATS.rows.length * 2 }),
  notes: fc.array(fc.option(typedText, { freq: 3 }), { minLength: STATS.rows.length, maxLength: STATS.rows.length }),
  name: typedText,
});

/** One outline: every field answered, choices from their lists, numbers in their bounds. */
const outlineUnit = fc.record({
  texts: fc.array(typedText, { minLength: OUTLINE.fields.length, maxLength: OUTLINE.fields.length }),
  people: fc.integer({ min: 0, max: 100_000 }),
  money: fc.array(fc.integer({ min: 1000, max: 900_000_000 }), { minLength: 2, maxLength: 2 }),
  pick: fc.array(fc.nat(), { minLength: OUTLINE.fields.length, maxLength: OUTLINE.fields.length }),
});

async function statsFile(u: { numbers: number[]; notes: (string | null)[]; name: string }, i: number): Promise<Uint8Array> {
  let sheet = formSheet("stats-table", { year: 2025, unit: `Trường ${i + 1}: ${u.name}` });
  STATS.rows.forEach((row, k) => {
    if (row.measures.includes("amount")) sheet = at(sheet, rowOf(STATS, row.code), columnOf("amount"), u.numbers[2 * k]! * 1000);
    else for (const [j, m] of row.measures.entries()) if (row.kind !== "total") sheet = at(sheet, rowOf(STATS, row.code), columnOf(m), u.numbers[2 * k + j]! + (m === "people" ? u.numbers[2 * k]! : 0));
    const note = u.notes[k];
    if (note !== null && note !== undefined) sheet = at(sheet, rowOf(STATS, row.code), 6, note);
  });
  return renderWorkbook([sheet]);
}

async function outlineFile(u: { texts: string[]; people: number; money: number[]; pick: number[] }, i: number): Promise<Uint8Array> {
  let sheet = formSheet("report-outline", { year: 2025 });
  const rowOfCode = new Map(sheet.cells.filter((c) => c.col === 7 && typeof c.value === "string").map((c) => [c.value as string, c.row]));
  OUTLINE.fields.forEach((f, k) => {
    if (f.code === "org.name") return void (sheet = at(sheet, STATS_HEADER.unit.row, STATS_HEADER.unit.col, `Đơn vị ${i + 1}: ${u.texts[k]}`));
    const row = rowOfCode.get(f.code);
    if (row === undefined) return;
    const value = f.type === "whole" ? u.people : f.type === "money" ? u.money[f.code.endsWith("state") ? 0 : 1]! : f.type === "choice" ? f.choices![u.pick[k]! % f.choices!.length]! : f.type === "date" ? 45936 + (u.pick[k]! % 7) : u.texts[k]!;
    sheet = at(sheet, row, 3, value);
  });
  return renderWorkbook([sheet]);
}

async function wholeWay(files: Uint8Array[]) {
  const checked = files.map((bytes, i) => checkWorkbook(read(bytes), { file: `don-vi-${i + 1}.xlsx`, today: "2025-11-24" }));
  const c = consolidate(checked, { onDuplicate: "latest", acceptErrors: true });
  const sheets = summarySheets(c, defaultSheetNames(), { date: "2025-11-24", unit: "Phòng GD&ĐT" });
  const inMemory = await renderWorkbook(sheets, { title: "Tổng hợp" });
  const streamed = writeWorkbook(sheets, { title: "Tổng hợp" }).bytes;
  const json = toJson(c);
  // The JSON the command line prints a unit at a time is the very text of the whole, any content included.
  const extra = { skipped: [{ name: "a\nb", reason: "hidden" }], unfit: [] };
  expect([...toJsonLines(c, extra)].join("\n")).toBe(JSON.stringify({ ...json, ...extra }, null, 2));
  return { c, json, inMemory: read(inMemory), streamed: read(streamed) };
}

describe("every field, any content, the whole way", () => {
  test("statistics tables", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(statsUnit, { minLength: 1, maxLength: 4 }), async (units) => {
        const { c, json, inMemory } = await wholeWay(await Promise.all(units.map(statsFile)));
        expect(c.files.every((f) => f.status === "accepted")).toBe(true);
        // Row 1.1's people, as written into each file, are the summary's.
        const people = units.reduce((t, u) => t + u.numbers[2 * STATS.rows.findIndex((r) => r.code === "1.1") + 1]! + u.numbers[2 * STATS.rows.findIndex((r) => r.code === "1.1")]!, 0);
        expect(json.rows["1.1"]!.people).toBe(people);
        // The summary, read back as the level above reads it, says the same.
        const again = checkWorkbook(inMemory, { file: "tong-hop.xlsx", today: "2025-11-24" });
        expect(again.report?.unitsCovered).toBe(units.length);
      }),
      FC,
    );
  }, 240_000);

  test("report outlines, recommendations included", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(outlineUnit, { minLength: 1, maxLength: 4 }), async (units) => {
        const { c, json, streamed } = await wholeWay(await Promise.all(units.map(outlineFile)));
        expect(c.form).toBe("report-outline");
        expect(c.files.filter((f) => f.status === "accepted")).toHaveLength(units.length);
        expect(json.outline!.participants).toBe(units.reduce((t, u) => t + u.people, 0));
        expect(json.outline!.funding.state).toBe(units.reduce((t, u) => t + u.money[0]!, 0));
        // Each unit's recommendation to the ministry reaches the summary, cut only at the cell's limit.
        const rec = json.outline!.recommendations.find((r) => r.code === "3.1")!;
        expect(rec.items).toHaveLength(units.length);
        const texts = [...streamed.sheets[0]!.cells.values()].flatMap((x) => (x.kind === "string" ? [x.value] : []));
        for (const item of rec.items) expect(texts.some((t) => t === item.text || (item.text.length > MAX_CELL - 20 && t.endsWith("…[đã cắt]")))).toBe(true);
      }),
      FC,
    );
  }, 240_000);
});
