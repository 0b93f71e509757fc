/**
 * The summary's formulas computed by a real spreadsheet: the sheets are rendered to .xlsx
 * bytes with their cached values removed, LibreOffice opens and recalculates them, and
 * every number it shows must be the engine's, blank where the engine's is blank.
 */
import { execFileSync, spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { consolidate, summarySheets } from "../../../src/core/pipeline";
import { defaultSheetNames } from "../../../src/core/consolidate";
import type { OutlineConsolidation } from "../../../src/core/kinds/report-outline";
import type { StatsConsolidation } from "../../../src/core/kinds/stats-table";
import type { SheetDescription } from "../../../src/core/sheet";
import { renderWorkbook } from "../../../src/xlsx/writer";
import { OPTS, checked, outlineReport, statsReport } from "./fixtures";

const NAMES = defaultSheetNames();
const CTX = { date: "2025-10-12" };

const stats = consolidate(
  [
    checked(statsReport("Trường Tiểu học Quài Cang", { "1": { count: 3 }, "1.0": { people: 70 }, "1.1": { count: 2, people: 40 }, "1.2": { count: 1, people: 30 }, "10.1": { amount: 5_000_000 } })),
    checked(statsReport("=HYPERLINK(\"http://x\",\"y\")", { "1.1": { count: 0, people: 0 }, "5.3": { count: 1, people: 250 }, "10.2": { amount: 1_500_000 } })),
    checked(statsReport("Trường Mầm non Hoa Ban", { "1.1": { count: 1 }, "6.1": { people: 12 } })),
  ],
  OPTS,
) as StatsConsolidation;

const outline = consolidate(
  [
    checked(outlineReport("Trường TH Trùng Khánh", { "1.3.form": "Mít tinh", "1.3.people": 450, "1.3.assessment": "Đạt kế hoạch", "1.5.state": 3_000_000 })),
    checked(outlineReport("Trường THCS Trùng Khánh", { "1.3.form": "lồng ghép chào cờ đầu tuần", "1.3.people": 300, "1.3.assessment": "Vượt kế hoạch" })),
    checked(outlineReport("Trường MN Hoa Mai", { "1.3.form": "Văn nghệ" })),
  ],
  OPTS,
) as OutlineConsolidation;

/** Without cached values, what the file shows can only be what the spreadsheet computed. */
function uncached(sheets: SheetDescription[]): SheetDescription[] {
  return sheets.map((s) => ({ ...s, cells: s.cells.map(({ cached: _cached, ...x }) => x) }));
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ",") endField();
    else if (!quoted && ch === "\n") {
      endField();
      rows.push(row);
      row = [];
    } else if (quoted || ch !== "\r") field += ch;
  }
  if (field !== "" || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

let dir = "";
const computed = new Map<string, string[][]>();

beforeAll(async () => {
  if (spawnSync("sh", ["-c", "command -v soffice"], { stdio: "ignore" }).status !== 0) throw new Error("LibreOffice (soffice) is needed: CI installs it");
  dir = mkdtempSync(join(tmpdir(), "htsd-consolidate-lo-"));
  const inputs: [string, SheetDescription[]][] = [
    ["stats", summarySheets(stats, NAMES, CTX)],
    ["outline", summarySheets(outline, NAMES, CTX)],
  ];
  for (const [name, sheets] of inputs) writeFileSync(join(dir, `${name}.xlsx`), await renderWorkbook(uncached(sheets)));
  const profile = mkdtempSync(join(tmpdir(), "lo-consolidate-"));
  try {
    // Field 12 = -1: one CSV per sheet; field 9 = false: raw numbers, not "#,##0" text.
    const filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
    execFileSync("soffice", ["--headless", "--norestore", `-env:UserInstallation=file://${profile}`, "--convert-to", filter, "--outdir", dir, ...inputs.map(([n]) => join(dir, `${n}.xlsx`))], { stdio: "pipe", timeout: 120_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  for (const [name, sheets] of inputs) for (const sheet of sheets.map((x) => x.name)) computed.set(`${name}/${sheet}`, parseCsv(readFileSync(join(dir, `${name}-${sheet}.csv`), "utf8")));
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test("LibreOffice computes every number of the stats Tổng hợp as the engine did, blank where blank", () => {
  const rows = computed.get(`stats/${NAMES.summary}`)!;
  // Columns D and E hold the numbers; the hidden column G holds the row code.
  const byCode = new Map(rows.filter((r) => r[6] && /^\d+(\.\d+)?$/.test(r[6])).map((r) => [r[6]!, r]));
  let checkedCells = 0;
  for (const [code, v] of Object.entries(stats.rows)) {
    const r = byCode.get(code)!;
    const first = v.count ?? v.amount;
    expect([code, r[3]]).toEqual([code, first === undefined ? "" : String(first)]);
    expect([code, r[4]]).toEqual([code, v.people === undefined ? "" : String(v.people)]);
    checkedCells += 2;
  }
  expect(checkedCells).toBeGreaterThan(60);
  const line = (start: string) => rows.find((r) => r[1]!.startsWith(start))![3];
  expect(line("Tổng số lượt người tham gia")).toBe("332");
  expect(line("- Người tham gia các lớp")).toBe("70");
  expect(line("Tổng kinh phí")).toBe("6500000");
});

test("the formula-looking unit name arrives in Chi tiết as text, not as a link", () => {
  const detail = computed.get(`stats/${NAMES.detail}`)!;
  expect(detail[3]![1]).toBe('=HYPERLINK("http://x","y")');
});

test("LibreOffice computes the outline's sums and counts per choice as the engine did", () => {
  const rows = computed.get(`outline/${NAMES.summary}`)!;
  const valueOf = (label: string) => rows.find((r) => r[1] === label)![2];
  expect(valueOf("Số lượng người tham gia")).toBe("750");
  expect(valueOf("Tổng kinh phí")).toBe("3000000");
  for (const t of [outline.outline.ceremonyForms, outline.outline.assessments]) for (const ch of t.choices) expect([ch.choice, valueOf(ch.choice)]).toEqual([ch.choice, String(ch.units)]);
  expect(rows.filter((r) => r[1] === "Không nêu").map((r) => r[2])).toEqual(["0", "1"]);
  expect(valueOf("Khác (không có trong danh sách)")).toBe("1");
});
