/**
 * A consolidator's inbox, made of real files: clean forms, text-numbers, a unit that sent
 * twice, a unit not on the list, an unreadable file, a hand-typed table, a form re-saved by
 * LibreOffice, and a unit whose name looks like a formula. Returns what the summary must say.
 */
import { copyFileSync, mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { getForm } from "../../src/core/kinds";
import { statsTableSheet } from "../../src/core/kinds/stats-table";
import type { MeasureValues } from "../../src/core/report";
import { fillStatsSheet, handTypedStatsSheet, isoToSerial } from "../../src/core/sample";
import { renderWorkbook } from "../../src/xlsx/writer";
import { convertWithLibreOffice } from "../helpers/libreoffice";

const form = getForm("stats-table")!;
type Values = Record<string, MeasureValues>;

export interface Inbox {
  dir: string;
  expectedList: string;
  /** Row sums over the units that must be accepted. */
  rows: Values;
  accepted: string[];
}

async function formFile(path: string, unit: string, values: Values, date: string, asText: string[] = []): Promise<void> {
  const sheet = fillStatsSheet(statsTableSheet({ form, year: 2025, sheetName: "Số liệu Tuần lễ", unit }), form, values, { dateSerial: isoToSerial(date), asText: new Set(asText) });
  writeFileSync(path, await renderWorkbook([sheet]));
}

export async function makeInbox(dir: string, withLibreOffice: boolean): Promise<Inbox> {
  const inbox = join(dir, "inbox");
  mkdirSync(inbox, { recursive: true });
  const units: [string, Values][] = [];
  const add = (unit: string, values: Values) => units.push([unit, values]);

  const a: Values = { "1.1": { count: 2, people: 45 }, "2": { count: 3 }, "10.1": { amount: 2_000_000 } };
  await formFile(join(inbox, "01-quai-cang.xlsx"), "Trường THCS Quài Cang", a, "2025-10-08");
  add("Trường THCS Quài Cang", a);

  const b: Values = { "1.1": { count: 1, people: 30 }, "5.3": { count: 1, people: 300 }, "10.2": { amount: 1_500_000 } };
  await formFile(join(inbox, "02-quai-nua-text-numbers.xlsx"), "Trường Tiểu học Quài Nưa", b, "2025-10-09", ["10.2/amount", "5.3/people"]);
  add("Trường Tiểu học Quài Nưa", b);

  // Sent twice: the later report replaces the first.
  await formFile(join(inbox, "03-muong-thin-first.xlsx"), "Trường Mầm non Mường Thín", { "1.7": { count: 9, people: 99 } }, "2025-10-05");
  const c: Values = { "1.7": { count: 1, people: 20 }, "6.1": { count: 2, people: 80 } };
  await formFile(join(inbox, "04-muong-thin-corrected.xlsx"), "Trường Mầm non Mường Thín", c, "2025-10-10");
  add("Trường Mầm non Mường Thín", c);

  const d: Values = { "3": { count: 40 }, "10.1": { amount: 750_000 } };
  await formFile(join(inbox, "05-not-on-list.xlsx"), "Trung tâm GDNN-GDTX huyện", d, "2025-10-09");
  add("Trung tâm GDNN-GDTX huyện", d);

  writeFileSync(join(inbox, "06-unreadable.xlsx"), "STT;Các hoạt động;Số lượng\n1;Các lớp;3\n");

  const e: Values = { "1.9": { count: 1, people: 25 }, "8": { count: 1 } };
  const hand = handTypedStatsSheet(form, e, { unit: "Trường Tiểu học Tỏa Tình", year: 2025 });
  writeFileSync(join(inbox, "07-hand-typed.xlsx"), await renderWorkbook([hand]));
  add("Trường Tiểu học Tỏa Tình", e);

  const f: Values = { "7.2": { count: 1 }, "9.2": { people: 3 } };
  const formulaName = '=HYPERLINK("http://evil.example/x","Bấm vào đây")';
  await formFile(join(inbox, "08-formula-name.xlsx"), formulaName, f, "2025-10-09");
  add(formulaName, f);

  if (withLibreOffice) {
    const g: Values = { "1.3": { count: 1, people: 35 }, "10.1": { amount: 1_000_000 } };
    const tmp = join(dir, "lo");
    mkdirSync(tmp, { recursive: true });
    await formFile(join(tmp, "09-resaved-by-libreoffice.xlsx"), "Trường THCS Nà Sáy", g, "2025-10-07");
    const outDir = join(dir, "lo-out");
    mkdirSync(outDir, { recursive: true });
    copyFileSync(convertWithLibreOffice(join(tmp, "09-resaved-by-libreoffice.xlsx"), "xlsx", outDir), join(inbox, "09-resaved-by-libreoffice.xlsx"));
    add("Trường THCS Nà Sáy", g);
  }

  const expectedList = join(dir, "don-vi.txt");
  writeFileSync(expectedList, ["Tên đơn vị", "Trường THCS Quài Cang", "Trường Tiểu học Quài Nưa", "Trường Mầm non Mường Thín", "Trường Tiểu học Tỏa Tình", formulaName, "Trường THCS Nà Sáy", "Trường THCS Chiềng Sinh", ""].join("\n"));

  const rows: Values = {};
  for (const [, values] of units) {
    for (const [code, v] of Object.entries(values)) {
      const row = (rows[code] ??= {});
      for (const [m, n] of Object.entries(v) as [keyof MeasureValues, number][]) row[m] = (row[m] ?? 0) + n;
    }
  }
  // The forms' own total rows (1, 1.0, 5, 6, 10), as each unit's template computed them.
  for (const row of form.rows) {
    if (!row.totalOf) continue;
    const parts = row.totalOf.codes.map((c) => rows[c]?.[row.totalOf!.measure]).filter((n): n is number => n !== undefined);
    if (parts.length > 0) (rows[row.code] ??= {})[row.totalOf.measure] = parts.reduce((a, b) => a + b, 0);
  }
  return { dir: inbox, expectedList, rows, accepted: units.map(([u]) => u) };
}
