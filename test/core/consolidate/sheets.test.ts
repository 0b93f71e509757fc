/** The three sheets of a statistics-table consolidation, read as a spreadsheet would. */
import fc from "fast-check";
import { consolidate, summarySheets } from "../../../src/core/pipeline";
import { PAGE_CHARS, defaultSheetNames } from "../../../src/core/consolidate";
import { rowOf, statsDetailSheet, STATS_COLS, STATS_HEADER, type StatsConsolidation, type StatsReport } from "../../../src/core/kinds/stats-table";
import { columnName } from "../../../src/core/cells";
import { decodeMarker } from "../../../src/core/meta";
import { SIGNED_UNIT } from "../../../src/core/layout";
import { eachCell, type SheetDescription } from "../../../src/core/sheet";
import { Book } from "./evaluate";
import { CELLS, OPTS, STATS, checked, found, outlineReport, statsReport } from "./fixtures";

const NAMES = defaultSheetNames();
const CTX = { date: "2025-10-12T09:30", unit: "Phòng Giáo dục và Đào tạo huyện Tuần Giáo" };

const schools = [
  checked(statsReport("Trường Tiểu học Quài Cang", { "1": { count: 3 }, "1.0": { people: 70 }, "1.1": { count: 2, people: 40 }, "1.2": { count: 1, people: 30 }, "10.1": { amount: 5_000_000 } }, { date: "2025-10-08" })),
  checked(statsReport("Trường THCS Quài Tở", { "1.1": { count: 0, people: 0 }, "5.3": { count: 1, people: 250 }, "10.2": { amount: 1_500_000 } }, { date: "2025-10-09", notes: { "11": "Tổ chức thêm ngày hội đọc sách" } })),
  checked(statsReport("Trường Mầm non Hoa Ban", { "1.1": { count: 1 }, "6.1": { people: 12 } })),
];

function sheetsOf(c: StatsConsolidation, names = NAMES): Map<string, SheetDescription> {
  return new Map(summarySheets(c, names, CTX).map((s) => [s.name, s]));
}

/** The Chi tiết column whose two header rows say this code and this measure label, in whichever band holds the code. */
function detailColumn(detail: SheetDescription, code: string, measureLabel: string): number {
  const all = [...eachCell(detail)];
  const tops = all.filter((x) => typeof x.value === "string" && x.value.startsWith(`${code}. `));
  expect(tops).toHaveLength(1);
  const { row, col: start } = tops[0]!;
  const below = all.filter((x) => x.row === row + 1 && x.col >= start && x.col <= start + 1 && x.value === measureLabel);
  expect(below.length).toBeGreaterThanOrEqual(1);
  return below[0]!.col;
}

describe("Tổng hợp and Chi tiết", () => {
  const c = consolidate(schools, OPTS) as StatsConsolidation;
  const sheets = sheetsOf(c);
  const summary = sheets.get(NAMES.summary)!;
  const detail = sheets.get(NAMES.detail)!;
  const at = (s: SheetDescription, row: number, col: number) => [...eachCell(s)].find((x) => x.row === row && x.col === col);

  test("are written in order under the names the caller chose", () => {
    expect(summarySheets(c, NAMES, CTX).map((s) => s.name)).toEqual(["Tổng hợp", "Chi tiết", "Nhật ký"]);
    expect(summarySheets(c, { summary: "TH (2)", detail: "CT (2)", log: "NK (2)" }, CTX).map((s) => s.name)).toEqual(["TH (2)", "CT (2)", "NK (2)"]);
  });

  test("the 1.1 count of Tổng hợp is a blank-safe SUM over the Chi tiết column headed 1.1 / lớp, in its band's unit rows", () => {
    // By hand: the first band is rows 1–2 (header) and 3–5 (three units), then a blank row;
    // the second band's header is rows 7–8, its units rows 9–11; A and B are STT and unit,
    // then C is 1/lớp, D is 1.0/người, E is 1.1/lớp.
    const col = detailColumn(detail, "1.1", "lớp");
    expect(columnName(col)).toBe("E");
    const cell = at(summary, rowOf(STATS, "1.1"), STATS_COLS.count)!;
    expect(cell.formula).toBe(`IF(COUNT('Chi tiết'!$E$9:$E$11)=0,"",SUM('Chi tiết'!$E$9:$E$11))`);
    expect(cell.cached).toBe(3);
    expect([9, 10, 11].map((r) => at(detail, r, col)!.value)).toEqual([2, 0, 1]);
    // Every band names its units, in the first band's order.
    for (const r of [3, 9]) expect(at(detail, r, 2)!.value).toBe("Trường Tiểu học Quài Cang");
  });

  test("people of 1.1, money of 10.1 and the total row 1 point at their own columns", () => {
    const people = at(summary, rowOf(STATS, "1.1"), STATS_COLS.people)!;
    expect(people.formula).toContain(`'Chi tiết'!$${columnName(detailColumn(detail, "1.1", "người"))}$9:`);
    expect(people.cached).toBe(40);
    const state = at(summary, rowOf(STATS, "10.1"), STATS_COLS.count)!;
    expect(state.formula).toMatch(new RegExp(`'Chi tiết'!\\$${columnName(detailColumn(detail, "10.1", "đồng"))}\\$\\d+:`));
    expect(state.cached).toBe(5_000_000);
    expect(at(summary, rowOf(STATS, "1"), STATS_COLS.count)!.formula).toContain(`$${columnName(detailColumn(detail, "1", "lớp"))}$9:`);
  });

  test("a measure every unit left blank shows blank, not 0, and still follows Chi tiết", () => {
    const cell = at(summary, rowOf(STATS, "1.5"), STATS_COLS.count)!;
    expect(cell.formula).toMatch(/^IF\(COUNT\('Chi tiết'!/);
    expect(cell.cached).toBe("");
    expect(new Book([...sheets.values()]).evaluate(NAMES.summary, cell.formula!)).toBe("");
    const blankInDetail = at(detail, 11, detailColumn(detail, "1.1", "người"))!;
    expect(blankInDetail.value).toBeNull();
  });

  test("every formula of Tổng hợp computes, over the sheets as written, to the value cached beside it", () => {
    const book = new Book([...sheets.values()]);
    const formulas = summary.cells.filter((x) => x.formula !== undefined && x.cached !== undefined && !x.formula.startsWith("IF(ISNUMBER("));
    expect(formulas.length).toBeGreaterThan(10);
    for (const f of formulas) expect(book.evaluate(NAMES.summary, f.formula!)).toBe(f.cached);
  });

  test("correcting one school's figure in Chi tiết moves Tổng hợp", () => {
    const book = new Book([...sheets.values()]);
    const r = rowOf(STATS, "1.1");
    book.set(NAMES.detail, 10, detailColumn(detail, "1.1", "lớp"), 10);
    expect(book.value(NAMES.summary, r, STATS_COLS.count)).toBe(13);
  });

  test("the totals under the table: participation and funding, as formulas with the engine's numbers", () => {
    const below = summary.cells.filter((x) => x.row > rowOf(STATS, "11"));
    const line = (label: string) => {
      const l = below.find((x) => typeof x.value === "string" && x.value.startsWith(label))!;
      return at(summary, l.row, STATS_COLS.count)!;
    };
    const book = new Book([...sheets.values()]);
    for (const [label, cached] of [
      ["Tổng số lượt người tham gia", 70 + 250 + 12],
      ["- Người tham gia các lớp bồi dưỡng", 70],
      ["- Người tham gia các cuộc thi", 262],
      ["Tổng kinh phí", 6_500_000],
      ["- Ngân sách nhà nước", 5_000_000],
      ["- Kinh phí huy động", 1_500_000],
    ] as const) {
      const cell = line(label);
      expect(cell.cached).toBe(cached);
      expect(book.evaluate(NAMES.summary, cell.formula!)).toBe(cached);
    }
    expect(c.totals).toEqual({ participation: { trainees: 70, activities: 262, total: 332 }, funding: { state: 5_000_000, other: 1_500_000, total: 6_500_000 } });
  });

  test("Tổng hợp keeps the form's layout and says how many units it covers", () => {
    const marker = at(summary, STATS_HEADER.marker.row, STATS_HEADER.marker.col)!.value as string;
    expect(decodeMarker(marker)).toEqual({ form: "stats-table", version: 1, year: 2025, units: 3 });
    expect(summary.cells.some((x) => x.value === "Tổng hợp từ 3 đơn vị")).toBe(true);
    expect(at(summary, SIGNED_UNIT.row, SIGNED_UNIT.col)!.value).toBe(CTX.unit);
  });

  test("Chi tiết is an unprotected table one landscape page wide, in bands, a page never beginning inside one, the units' columns frozen", () => {
    expect(detail.freeze).toEqual({ row: 1, col: 3 });
    expect(detail.protect).toBe(false);
    expect(detail.page).toMatchObject({ paper: "A4", orientation: "landscape", fitToWidth: false });
    expect(detail.columns.reduce((s, x) => s + x.width, 0)).toBeLessThanOrEqual(PAGE_CHARS);
    // Bands of two header rows and three units, a blank row between: a band every six rows.
    const all = [...eachCell(detail)];
    const heads = all.filter((x) => x.col === 1 && x.value === "STT").map((x) => x.row);
    expect(heads).toEqual(heads.map((_, i) => 1 + 6 * i));
    expect(detail.page!.printArea).toBe(`A1:${columnName(detail.columns.length)}${heads.at(-1)! + 4}`);
    // A page begins only at a band's header.
    for (const b of detail.page!.rowBreaks!) expect(heads).toContain(b + 1);
    // Every (code, measure) the form carries has its one column, under its code's one header.
    for (const code of new Set(CELLS.map((x) => x.code))) expect(all.filter((x) => typeof x.value === "string" && x.value.startsWith(`${code}. `))).toHaveLength(1);
    const measureColumns = heads.slice(1).map((h) => all.filter((x) => x.row === h + 1 && x.col > 2).length);
    expect(measureColumns.reduce((n, k) => n + k, 0)).toBe(CELLS.length);
    // The first band: report date, units covered, file over three columns, notes over the rest.
    expect(at(detail, 4, 3)).toMatchObject({ value: 45939, style: { numFmt: "dd/mm/yyyy" } });
    expect(at(detail, 4, 5)!.value).toBe(schools[1]!.file);
    expect(at(detail, 4, 8)!.value).toBe("11: Tổ chức thêm ngày hội đọc sách");
    expect(detail.merges).toEqual(expect.arrayContaining(["E4:G4", `H4:${columnName(detail.columns.length)}4`]));
  });

  test("a detail sheet name with a quote is quoted as spreadsheets expect", () => {
    const named = sheetsOf(c, { summary: "Tổng hợp", detail: "Chi tiết của 'Phòng'", log: "Nhật ký" });
    const cell = named.get("Tổng hợp")!.cells.find((x) => x.row === rowOf(STATS, "1.1") && x.col === STATS_COLS.count)!;
    expect(cell.formula).toContain(`'Chi tiết của ''Phòng'''!$E$9:$E$11`);
    expect(new Book([...named.values()]).evaluate("Tổng hợp", cell.formula!)).toBe(3);
  });

  test("nothing accepted: no formula over an empty range, every number blank", () => {
    const none = consolidate([checked(statsReport("Trường A", {}), { problems: [found("error")] })], OPTS) as StatsConsolidation;
    const s = summarySheets(none, NAMES, CTX);
    const formulas = s[0]!.cells.filter((x) => x.formula !== undefined && !x.formula.startsWith("IF(ISNUMBER("));
    expect(formulas.filter((x) => x.formula!.includes(NAMES.detail))).toEqual([]);
    expect(formulas.every((x) => x.cached === "")).toBe(true);
    expect([...eachCell(s[1]!)].filter((x) => typeof x.value === "number")).toEqual([]);
  });
});

describe("Nhật ký", () => {
  const c = consolidate(
    [
      ...schools,
      checked(statsReport("Trường THCS Quài Tở", { "2": { count: 1 } }, { date: "2025-10-01" }), { file: "quai-to-cu.xlsx" }),
      checked(statsReport("Trường B", {}), { file: "loi.xlsx", problems: [found("error", "D20", "1.5")] }),
    ],
    { ...OPTS, expected: ["Trường Tiểu học Quài Cang", "Trường TH Mường Thín"], deadline: "2025-10-08" },
  ) as StatsConsolidation;
  const log = summarySheets(c, NAMES, CTX)[2]!;
  const logCells = [...eachCell(log)];
  const texts = logCells.map((x) => x.value).filter((v): v is string => typeof v === "string");

  test("has the date of consolidation passed in, and one line per file and per problem", () => {
    expect(texts).toContain("Ngày tổng hợp: 12/10/2025 09:30");
    const rows = (file: string) => logCells.filter((x) => x.col === 2 && x.value === file).length;
    expect(rows("loi.xlsx")).toBe(2);
    expect(rows("quai-to-cu.xlsx")).toBe(1);
    expect(texts).toContain("Bỏ (trùng đơn vị)");
    expect(texts).toContain("Lỗi");
    const line = logCells.find((x) => x.col === 6 && x.value === "D20");
    expect(line).toBeDefined();
  });

  test("then the missing, unexpected, late and undated units", () => {
    const after = (title: string) => {
      const head = logCells.find((x) => typeof x.value === "string" && x.value.startsWith(`${title} (`))!;
      return logCells.find((x) => x.row === head.row + 1 && x.col === 2)!.value;
    };
    expect(after("Đơn vị chưa có báo cáo được tổng hợp")).toBe("Trường TH Mường Thín");
    expect(after("Đơn vị ngoài danh sách phải báo cáo")).toBe("Trường THCS Quài Tở");
    expect(after("Đơn vị nộp muộn")).toBe("Trường THCS Quài Tở");
    expect(after("Báo cáo không ghi ngày")).toBe("Trường Mầm non Hoa Ban");
    expect(log.protect).toBe(false);
  });
});

describe("text from a submission is never a formula", () => {
  const hostile = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0"];

  test("unit names, file names and notes that look like formulas stay plain values in every cell", () => {
    const files = hostile.map((name, i) =>
      checked(statsReport(name, { "1.1": { count: i + 1 } }, { date: "2025-10-20", notes: { "11": name } }), { file: `${name}.xlsx`, problems: [found("warning", "D14", "1.1")] }),
    );
    const c = consolidate(files, { ...OPTS, expected: [hostile[0]!, "=1+1"], deadline: "2025-10-10" }) as StatsConsolidation;
    const sheets = summarySheets(c, NAMES, { date: "2025-10-12", unit: "=cmd|' /C calc'!A0" });
    for (const s of sheets) {
      for (const cell of eachCell(s)) {
        if (cell.formula === undefined) continue;
        for (const h of [...hostile, "cmd|", "HYPERLINK", "=1+1"]) expect(cell.formula).not.toContain(h);
      }
    }
    const values = sheets.flatMap((s) => [...eachCell(s)].map((x) => x.value)).filter((v): v is string => typeof v === "string");
    for (const h of hostile) {
      expect(values).toContain(h);
      expect(values).toContain(`${h}.xlsx`);
    }
    expect(values).toContain("=1+1");
    expect(values).toContain("=cmd|' /C calc'!A0");
  });

  test("the same holds on random names: a formula holds nothing but references to the sheets the caller named", () => {
    const quoted = new Set([NAMES.summary, NAMES.detail].map((n) => `'${n}'!`));
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 30, unit: "grapheme" }).map((s) => `=${s}`), { minLength: 1, maxLength: 4, selector: (s) => s.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim() }), (names) => {
        const c = consolidate(names.map((n) => checked(statsReport(n, { "2": { count: 1 } }, { notes: { "11": n } }), { file: `${n}.xlsx` })), OPTS) as StatsConsolidation;
        for (const s of summarySheets(c, NAMES, CTX)) {
          for (const cell of eachCell(s)) {
            // The form's own date line quotes catalogue text only; it is the layout's, checked there.
            if (cell.formula === undefined || cell.formula.startsWith("IF(ISNUMBER(")) continue;
            const rest = cell.formula.replace(/'(?:[^']|'')*'!/g, (q) => (quoted.has(q) ? "" : q));
            expect(rest).toMatch(/^[A-Z0-9$:,()=+\-!]*(""[A-Z0-9$:,()=+\-!]*)*$/);
          }
        }
      }),
      { seed: Number(process.env.FC_SEED ?? 20251006), numRuns: 50 },
    );
  });
});

describe("Chi tiết read band by band", () => {
  test("holds the same cells as Chi tiết read all at once: every unit's number in its band, whatever is read ahead", () => {
    const c = consolidate(schools, OPTS) as StatsConsolidation;
    const whole = [...eachCell(statsDetailSheet(c, STATS, NAMES.detail))];
    // One number read ahead at most: each band read on its own, the units' reports unpacked once per band.
    const byBand = [...eachCell(statsDetailSheet(c, STATS, NAMES.detail, undefined, 1))];
    expect(byBand).toEqual(whole);
    // What the schools wrote is there: 250 people under 5.3 for the second school only.
    expect(whole.filter((x) => x.value === 250)).toHaveLength(1);
    // 1.500.000 under 10.2 for the second school, and again in the funding total (10) it adds into.
    expect(whole.filter((x) => x.value === 1_500_000)).toHaveLength(2);
  });
});

describe("Chi tiết's numbers made while the units are summed", () => {
  /** Schools whose reports count each read of their numbers. */
  const counted = () => {
    const reads = { n: 0 };
    const files = schools.map((f) => {
      const report = { ...f.report! } as StatsReport;
      const values = report.values;
      Object.defineProperty(report, "values", { get: () => (reads.n++, values), enumerable: true, configurable: true });
      return { ...f, report };
    });
    return { reads, files };
  };

  test("are each unit's numbers as its report gives them, read from no report again, and equal to those read band by band", () => {
    const { reads, files } = counted();
    const c = consolidate(files, OPTS) as StatsConsolidation;
    const detail = summarySheets(c, NAMES, CTX)[1]!;
    reads.n = 0;
    const kept = [...eachCell(detail)];
    expect(reads.n).toBe(0);
    const byBand = [...eachCell(statsDetailSheet(c, STATS, NAMES.detail, undefined, 1))];
    expect(reads.n).toBeGreaterThan(0);
    expect(kept).toEqual(byBand);
    expect(kept.filter((x) => x.value === 250)).toHaveLength(1);
  });

  test("are taken once, and not for other reports: a consolidation copied with a unit set aside reads its reports again", () => {
    const { reads, files } = counted();
    const c = consolidate(files, OPTS) as StatsConsolidation;
    const aside: StatsConsolidation = { ...c, files: c.files.map((f, i) => (i === 1 ? { ...f, status: "rejected" } : f)) };
    reads.n = 0;
    const fewer = [...eachCell(statsDetailSheet(aside, STATS, NAMES.detail))];
    expect(reads.n).toBeGreaterThan(0);
    // The second school's 250 people are not in a Chi tiết that set it aside.
    expect(fewer.filter((x) => x.value === 250)).toHaveLength(0);
    expect(fewer.filter((x) => x.value === "Trường THCS Quài Tở")).toHaveLength(0);
    // The numbers were not taken by the copy: still none read for the consolidation itself, then none left.
    reads.n = 0;
    const first = [...eachCell(statsDetailSheet(c, STATS, NAMES.detail))];
    const again = [...eachCell(statsDetailSheet(c, STATS, NAMES.detail))];
    expect(again).toEqual(first);
    expect(reads.n).toBe(files.length);
  });
});

describe("files named below the consolidated folder", () => {
  // Paths as a consolidator's folder walk gives them: Windows and POSIX separators, a file
  // in a subfolder, and one whose name merely begins like the folder.
  const folder = "D:\\Bao cao\\2025";
  const files = ["D:\\Bao cao\\2025\\xa-quai-cang.xlsx", "D:\\Bao cao\\2025\\thcs\\quai-to.xlsx", "D:\\Bao cao\\2025-cu\\hoa-ban.xlsx"];
  const shown = ["xa-quai-cang.xlsx", "thcs\\quai-to.xlsx", "D:\\Bao cao\\2025-cu\\hoa-ban.xlsx"];
  const units = ["Trường Tiểu học Quài Cang", "Trường THCS Quài Tở", "Trường Mầm non Hoa Ban"];
  const fileColumn = (sheets: SheetDescription[], name: string) => {
    const cells = [...eachCell(sheets.find((s) => s.name === name)!)];
    return files.map((_, i) => {
      const unitCell = cells.find((x) => x.value === units[i])!;
      return cells.filter((x) => x.row === unitCell.row && typeof x.value === "string" && x.value.endsWith(".xlsx")).map((x) => x.value);
    });
  };

  test("in Chi tiết and Nhật ký of a statistics table, never as the consolidator's absolute paths", () => {
    const c = consolidate(
      units.map((u, i) => checked(statsReport(u, { "1.1": { count: i + 1 } }), { file: files[i]! })),
      OPTS,
    );
    const sheets = summarySheets(c, NAMES, { ...CTX, folder });
    expect(fileColumn(sheets, NAMES.detail)).toEqual(shown.map((f) => [f]));
    expect(fileColumn(sheets, NAMES.log)).toEqual(shown.map((f) => [f]));
    // The consolidation itself keeps the files as they were found.
    expect(c.files.map((f) => f.file)).toEqual(files);
  });

  test("in Chi tiết of a report outline", () => {
    const c = consolidate(
      units.map((u, i) => checked(outlineReport(u, {}), { file: files[i]! })),
      OPTS,
    );
    const sheets = summarySheets(c, NAMES, { ...CTX, folder });
    expect(fileColumn(sheets, NAMES.detail)).toEqual(shown.map((f) => [f]));
  });
});
