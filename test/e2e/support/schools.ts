/**
 * The files a consolidator receives, made in the test with the core (the real layout,
 * filled the way a school types, rendered by the real writer): a clean report, one with
 * numbers typed as Vietnamese text, a unit that sent twice, one with a negative count,
 * and a CSV renamed .xlsx. Values come from the seeded sample generator, so they vary by
 * row and unit but not from run to run.
 */
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { getForm } from "../../../src/core/kinds";
import { columnOf, rowOf, STATS_HEADER, statsTableSheet, type StatsTableForm } from "../../../src/core/kinds/stats-table";
import { a1 } from "../../../src/core/cells";
import { formatNumberVi } from "../../../src/core/messages";
import type { MeasureValues } from "../../../src/core/report";
import { fillStatsSheet, isoToSerial, randomSchoolValues, seeded } from "../../../src/core/sample";
import { renderWorkbook } from "../../../src/xlsx/writer";

export const STATS = getForm("stats-table") as StatsTableForm;
export const YEAR = 2025;
/** The pane's and the command line's today: within the Week's reporting period. */
export const NOW = new Date("2025-10-20T12:00:00+07:00");
export const TODAY = "2025-10-20";

export type Values = Record<string, MeasureValues>;

export interface SchoolFile {
  name: string;
  path: string;
  unit?: string;
}

export async function statsWorkbook(unit: string, values: Values, date: string, asText: string[] = []): Promise<Uint8Array> {
  const sheet = statsTableSheet({ form: STATS, year: YEAR, sheetName: "Số liệu Tuần lễ", unit });
  return renderWorkbook([fillStatsSheet(sheet, STATS, values, { dateSerial: isoToSerial(date), asText: new Set(asText) })]);
}

/** A unit's plausible answers, the same for the same seed. */
export function valuesFor(seed: number): Values {
  return randomSchoolValues(seeded(seed), STATS);
}

export async function makeSchoolFiles(dir: string): Promise<SchoolFile[]> {
  mkdirSync(dir, { recursive: true });
  const files: SchoolFile[] = [];
  const add = async (name: string, unit: string, values: Values, date: string, asText: string[] = []) => {
    writeFileSync(join(dir, name), await statsWorkbook(unit, values, date, asText));
    files.push({ name, path: join(dir, name), unit });
  };
  await add("01-kim-dong.xlsx", "Trường THCS Kim Đồng", valuesFor(1), "2025-10-08");
  const hoaBan = valuesFor(2);
  // Funding is where thousands separators turn numbers into text; make sure there is some.
  hoaBan["10.1"] = { amount: 1_500_000 };
  hoaBan["10.2"] = { amount: 2_750_000 };
  await add("02-hoa-ban-so-dang-chu.xlsx", "Trường Mầm non Hoa Ban", hoaBan, "2025-10-09", ["10.1/amount", "10.2/amount"]);
  await add("03-quai-cang-lan-1.xlsx", "Trường Tiểu học Quài Cang", valuesFor(3), "2025-10-05");
  await add("04-quai-cang-lan-2.xlsx", "Trường Tiểu học Quài Cang", valuesFor(4), "2025-10-10");
  const negative = valuesFor(5);
  negative["2"] = { count: -3 };
  await add("05-muong-thin-so-am.xlsx", "Trường THCS Mường Thín", negative, "2025-10-07");
  // A long unit and a long file name without a space to break at: nothing may push the pane sideways.
  await add("07-truong-pho-thong-dan-toc-ban-tru-tieu-hoc-va-trung-hoc-co-so-xa-muong-phang-huyen-dien-bien.xlsx", "Trường Phổ thông dân tộc bán trú Tiểu học và Trung học cơ sở xã Mường Phăng", valuesFor(6), "2025-10-08");
  writeFileSync(join(dir, "06-danh-sach.xlsx"), "STT;Các hoạt động;Số lượng\n1;Các lớp;3\n");
  files.push({ name: "06-danh-sach.xlsx", path: join(dir, "06-danh-sach.xlsx") });
  return files;
}

/** The A1 address of a row's measure on the stats form (the same on every sheet made from it). */
export function cellOf(code: string, measure: "count" | "people" | "amount"): string {
  return a1(rowOf(STATS, code), columnOf(measure));
}

/** A unit's answers as the cells a person types into: numbers, and text where `asText` says. */
export function typedCells(values: Values, asText: string[] = [], date?: string): [string, string | number][] {
  const cells = Object.entries(values).flatMap(([code, v]) =>
    Object.entries(v).map(([m, n]): [string, string | number] => [cellOf(code, m as "count"), asText.includes(`${code}/${m}`) ? formatNumberVi(n as number) : (n as number)]),
  );
  if (date !== undefined) cells.push([a1(STATS_HEADER.date.row, STATS_HEADER.date.col), isoToSerial(date)]);
  return cells;
}
