/**
 * A district inbox as schools really send it, each case of "trust in the totals": files
 * filled and saved by openpyxl (test/run/fill-form.py), a commune summary
 * re-saved by LibreOffice as a consolidator would before sending it up. Every expected number
 * is computed here from what was written into the files.
 */
import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { message } from "../../src/core/messages";
import { formSheet } from "../../src/core/pipeline";
import { renderWorkbook } from "../../src/xlsx/writer";
import { htsd } from "../cli/run-cli";
import { convertWithLibreOffice } from "../helpers/libreoffice";
import { PYTHON, schoolFile, type RowSpec } from "../run/school-files";

const work = mkdtempSync(join(tmpdir(), "htsd-trust-"));
let n = 0;
const folder = (): string => {
  const dir = join(work, `inbox-${++n}`);
  mkdirSync(dir);
  return dir;
};
const consolidateJson = async (inbox: string, ...more: string[]) => {
  const r = await htsd(["consolidate", inbox, "--out", join(work, `out-${++n}.xlsx`), "--json", ...more]);
  return { code: r.code, json: JSON.parse(r.stdout), stderr: r.stderr };
};

const A: Record<string, RowSpec> = { "1.1": { count: 3, people: 90 }, "1.7": { count: 2, people: 64 }, "5.3": { count: 1, people: 120 }, "10.1": { amount: 2_000_000 }, "10.2": { amount: 500_000 }, "7.1": { count: 1 } };
const B: Record<string, RowSpec> = { "1.1": { count: 1, people: 25 }, "1.9": { count: 4, people: 31 }, "6.1": { count: 2, people: 80 }, "10.1": { amount: 3_000_000 }, "7.2": { count: 1 } };
const C: Record<string, RowSpec> = { "1.2": { count: 2, people: 40 }, "5.5": { count: 3, people: 150 }, "10.2": { amount: 1_200_000 }, "2": { count: 6 } };

/** What a table of rows adds up to, code by code and measure by measure, over the given schools. */
function sums(...schools: Record<string, RowSpec>[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const s of schools) for (const [code, v] of Object.entries(s)) for (const [m, x] of Object.entries(v)) if (typeof x === "number") (out[code] ??= {})[m] = (out[code]?.[m] ?? 0) + x;
  return out;
}
const leafRows = (rows: Record<string, Record<string, number>>, codes: string[]) => Object.fromEntries(codes.map((c) => [c, rows[c]]));

describe("who sent it", () => {
  it("the same report sent twice without a unit name is counted once, both files named", async () => {
    const inbox = folder();
    await schoolFile(join(inbox, "bao-cao.xlsx"), { date: "2025-10-08", rows: A });
    await schoolFile(join(inbox, "bao-cao (1).xlsx"), { date: "2025-10-08", rows: A });
    await schoolFile(join(inbox, "truong-b.xlsx"), { unit: "Trường Tiểu học B", rows: B });
    const { code, json } = await consolidateJson(inbox);
    expect(code).toBe(0);
    expect(json.accepted).toHaveLength(2);
    const expected = sums(A, B);
    expect(leafRows(json.rows, ["1.1", "1.7", "1.9", "10.1", "10.2"])).toEqual(leafRows(expected, ["1.1", "1.7", "1.9", "10.1", "10.2"]));
    expect(json.rejected).toHaveLength(1);
    expect(json.rejected[0].code).toBe("consolidate.sameContent.dropped");
    expect(json.rejected[0].message).toContain("bao-cao");
  }, 120_000);

  it("a commune summary, re-saved by LibreOffice, next to one of its own schools counts that school once", async () => {
    const communeInbox = folder();
    await schoolFile(join(communeInbox, "a.xlsx"), { unit: "Trường Tiểu học A", rows: A });
    await schoolFile(join(communeInbox, "b.xlsx"), { unit: "Trường Tiểu học B", rows: B });
    const communeOut = join(work, "tong-hop-xa.xlsx");
    expect((await htsd(["consolidate", communeInbox, "--out", communeOut, "--unit", "UBND xã Quài Cang"])).code).toBe(0);

    const district = folder();
    // LibreOffice opens the summary (recalculating its formulas) and saves it as .xlsx again.
    const resaved = convertWithLibreOffice(communeOut, "xlsx", mkdtempSync(join(tmpdir(), "htsd-resave-")));
    renameSync(resaved, join(district, "tong-hop-xa-quai-cang.xlsx"));
    await schoolFile(join(district, "a-gui-rieng.xlsx"), { unit: "Trường Tiểu học A", rows: A });
    await schoolFile(join(district, "c.xlsx"), { unit: "Trường Tiểu học C", rows: C });
    const { json } = await consolidateJson(district);
    const expected = sums(A, B, C);
    expect(leafRows(json.rows, ["1.1", "1.2", "1.7", "1.9", "5.3", "5.5", "6.1", "10.1", "10.2"])).toEqual(leafRows(expected, ["1.1", "1.2", "1.7", "1.9", "5.3", "5.5", "6.1", "10.1", "10.2"]));
    const aside = json.rejected.find((r: { file: string }) => r.file.endsWith("a-gui-rieng.xlsx"));
    expect(aside.code).toBe("consolidate.summary.inside");
    expect(aside.message).toContain("tong-hop-xa-quai-cang.xlsx");
  }, 120_000);

  it("a previous summary left in the inbox is not added again", async () => {
    const inbox = folder();
    await schoolFile(join(inbox, "a.xlsx"), { unit: "Trường Tiểu học A", rows: A });
    await schoolFile(join(inbox, "b.xlsx"), { unit: "Trường Tiểu học B", rows: B });
    await schoolFile(join(inbox, "c.xlsx"), { unit: "Trường Tiểu học C", rows: C });
    const first = join(work, "tong-hop-lan-1.xlsx");
    expect((await htsd(["consolidate", inbox, "--out", first])).code).toBe(0);
    renameSync(first, join(inbox, "tong-hop.xlsx"));
    const { json } = await consolidateJson(inbox);
    expect(json.accepted.map((a: { unit: string }) => a.unit).sort()).toEqual(["Trường Tiểu học A", "Trường Tiểu học B", "Trường Tiểu học C"]);
    expect(json.rows["1.1"]).toEqual(sums(A, B, C)["1.1"]);
    expect(json.rejected.map((r: { code: string }) => r.code)).toEqual(["consolidate.summary.previous"]);
  }, 120_000);
});

describe("one total everywhere", () => {
  it("a unit that filled only row 10 keeps its funding in the total, shown as of no stated source", async () => {
    const inbox = folder();
    await schoolFile(join(inbox, "x.xlsx"), { unit: "Trường THCS X", rows: { "10": { amount: 7_000_000 }, "1.1": { count: 1, people: 20 } } });
    await schoolFile(join(inbox, "y.xlsx"), { unit: "Trường THCS Y", rows: { "10.1": { amount: 2_000_000 }, "1.1": { count: 1, people: 30 } } });
    const { json } = await consolidateJson(inbox);
    expect(json.rows["10"]).toEqual({ amount: 7_000_000 + 2_000_000 });
    expect(json.totals.funding).toEqual({ state: 2_000_000, unattributed: 7_000_000, total: 7_000_000 + 2_000_000 });
    const text = await htsd(["consolidate", inbox, "--out", join(work, "funding.xlsx")]);
    expect(text.stdout).toContain(message("cli.consolidate.unattributed", { amount: "7.000.000" }));
  }, 120_000);

  it("85 classes for 2 people is flagged", async () => {
    const inbox = folder();
    await schoolFile(join(inbox, "z.xlsx"), { unit: "Trường THCS Z", rows: { "1.1": { count: 85, people: 2 } } });
    const r = await htsd(["check", join(inbox, "z.xlsx"), "--json"]);
    const issues = JSON.parse(r.stdout).files[0].issues.map((i: { code: string }) => i.code);
    expect(issues).toContain("check.pair.peopleFewer");
  }, 60_000);
});

describe("report outlines with every field filled", () => {
  const LONG = ("Đề nghị bổ sung kinh phí cho TTHTCĐ; =SUM(A1:A9) không phải công thức.\n").repeat(400).slice(0, 32_000);
  it("consolidate, recommendations included, and the summary holds each unit's words", async () => {
    const inbox = folder();
    const tpl = join(work, "de-cuong.xlsx");
    writeFileSync(tpl, await renderWorkbook([formSheet("report-outline", { year: 2025 })]));
    const units = [
      { unit: "Trường Tiểu học A", people: 320, state: 1_500_000, rec: "Đề nghị Bộ GDĐT ban hành hướng dẫn sớm hơn" },
      { unit: "Trường THCS B", people: 410, state: 2_000_000, rec: LONG },
      { unit: "Trường Mầm non C", people: 95, state: 500_000, rec: "=HYPERLINK(\"http://x\")" },
    ];
    units.forEach((u, i) => {
      const spec = { unit: u.unit, fields: { "1.1": "Kế hoạch số 12/KH", "1.3.time": "date:2025-10-06", "1.3.place": "Sân trường", "1.3.form": "Mít tinh", "1.3.people": u.people, "1.3.assessment": "Đạt kế hoạch", "1.5.state": u.state, "2": "Thuận lợi\nKhó khăn", "3.1": u.rec, "3.2": `Kiến nghị UBND tỉnh ${i}`, "3.3": `Kiến nghị Sở ${i}`, "3.4": `Kiến nghị xã ${i}` } };
      const specPath = join(work, `outline-${i}.json`);
      writeFileSync(specPath, JSON.stringify(spec));
      execFileSync(PYTHON, [join(__dirname, "../run/fill-form.py"), tpl, join(inbox, `de-cuong-${i}.xlsx`), specPath]);
    });
    const out = join(work, "tong-hop-de-cuong.xlsx");
    const r = await htsd(["consolidate", inbox, "--out", out, "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.outline.participants).toBe(320 + 410 + 95);
    expect(json.outline.funding.state).toBe(1_500_000 + 2_000_000 + 500_000);
    expect(json.outline.recommendations.find((x: { code: string }) => x.code === "3.1").items.map((x: { text: string }) => x.text)).toEqual(units.map((u) => u.rec.trim()));
    // The written summary, read by openpyxl: every recommendation is there as text.
    const texts = execFileSync(PYTHON, ["-c", "import openpyxl,sys,json; wb=openpyxl.load_workbook(sys.argv[1]); print(json.dumps([c.value for ws in wb.worksheets for r in ws.iter_rows() for c in r if isinstance(c.value,str)]))", out], { maxBuffer: 64 << 20 }).toString();
    const all: string[] = JSON.parse(texts);
    expect(all).toContain("Kiến nghị UBND tỉnh 1");
    expect(all.some((t) => t.startsWith("Đề nghị bổ sung kinh phí cho TTHTCĐ"))).toBe(true);
    expect(all).toContain("=HYPERLINK(\"http://x\")");
  }, 180_000);
});

describe("per-unit data out", () => {
  it("--json lists each unit's values, and --csv a long table Excel opens with Vietnamese intact", async () => {
    const inbox = folder();
    await schoolFile(join(inbox, "a.xlsx"), { unit: "Trường Tiểu học A", rows: A });
    await schoolFile(join(inbox, "b.xlsx"), { unit: "Trường Tiểu học B", rows: B });
    const csv = join(work, "so-lieu.csv");
    const r = await htsd(["consolidate", inbox, "--out", join(work, "csv.xlsx"), "--csv", csv, "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    const a = json.accepted.find((x: { unit: string }) => x.unit === "Trường Tiểu học A");
    for (const [code, v] of Object.entries(A)) expect(a.values[code]).toEqual(v);
    // Read back by Python's own csv module: the BOM, the header, one line per (unit, row, measure).
    const rows: string[][] = JSON.parse(
      execFileSync(PYTHON, ["-c", "import csv,sys,json; f=open(sys.argv[1],encoding='utf-8-sig',newline=''); print(json.dumps(list(csv.reader(f))))", csv]).toString(),
    );
    expect(rows[0]).toEqual(["Đơn vị", "Tệp", "Mã dòng", "Nội dung", "Chỉ tiêu", "Giá trị"]);
    const raw = execFileSync(PYTHON, ["-c", "import sys; print(open(sys.argv[1],'rb').read(3).hex())", csv]).toString().trim();
    expect(raw).toBe("efbbbf");
    const sum = (code: string, measureName: string) => rows.slice(1).filter((x) => x[2] === code && x[4] === measureName).reduce((t, x) => t + Number(x[5]), 0);
    expect(sum("1.1", message("check.measure.people"))).toBe(A["1.1"]!.people! + B["1.1"]!.people!);
    expect(sum("10.1", message("check.measure.amount"))).toBe(A["10.1"]!.amount! + B["10.1"]!.amount!);
    expect(rows.slice(1).filter((x) => x[0] === "Trường Tiểu học B" && x[2] === "1.9").map((x) => Number(x[5]))).toEqual([B["1.9"]!.count, B["1.9"]!.people]);
  }, 120_000);
});

describe("a summary against the expected list", () => {
  it("the units a summary holds are not missing, and the summary is not off the list", async () => {
    const communeInbox = folder();
    await schoolFile(join(communeInbox, "a.xlsx"), { unit: "Trường Tiểu học A", rows: A });
    await schoolFile(join(communeInbox, "b.xlsx"), { unit: "Trường Tiểu học B", rows: B });
    const communeOut = join(work, "tong-hop-xa-2.xlsx");
    expect((await htsd(["consolidate", communeInbox, "--out", communeOut, "--unit", "UBND xã Quài Cang"])).code).toBe(0);
    const district = folder();
    renameSync(communeOut, join(district, "tong-hop-xa.xlsx"));
    await schoolFile(join(district, "c.xlsx"), { unit: "Trường Tiểu học C", rows: C });
    const list = join(work, "danh-sach.txt");
    writeFileSync(list, "Trường Tiểu học A\nTrường Tiểu học B\nTrường Tiểu học C\nTrường Tiểu học D\n");
    const { json } = await consolidateJson(district, "--expected", list);
    expect(json.missing).toEqual(["Trường Tiểu học D"]);
    expect(json.unexpected).toEqual([]);
  }, 120_000);
});

describe("a summary whose numbers were never calculated", () => {
  it("is refused with its reason, and its units' own files are counted", async () => {
    const communeInbox = folder();
    await schoolFile(join(communeInbox, "a.xlsx"), { unit: "Trường Tiểu học A", rows: A });
    await schoolFile(join(communeInbox, "b.xlsx"), { unit: "Trường Tiểu học B", rows: B });
    const communeOut = join(work, "tong-hop-xa-3.xlsx");
    expect((await htsd(["consolidate", communeInbox, "--out", communeOut])).code).toBe(0);
    const district = folder();
    // openpyxl keeps formulas but drops their calculated values, as any program that does not calculate.
    execFileSync(PYTHON, ["-c", "import openpyxl,sys; wb=openpyxl.load_workbook(sys.argv[1]); wb.save(sys.argv[2])", communeOut, join(district, "tong-hop-khong-tinh.xlsx")]);
    await schoolFile(join(district, "a.xlsx"), { unit: "Trường Tiểu học A", rows: A });
    await schoolFile(join(district, "b.xlsx"), { unit: "Trường Tiểu học B", rows: B });
    const { json } = await consolidateJson(district);
    expect(json.rows["1.1"]).toEqual(sums(A, B)["1.1"]);
    expect(json.rejected.map((r: { code: string }) => r.code)).toEqual(["consolidate.summary.noValues"]);
  }, 120_000);
});
