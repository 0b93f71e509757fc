/**
 * "An expected-units list written as offices write it is read so that nearly every school
 * is 'missing' and every sender 'not on the list'; 'TH Ta Ma' is never matched to 'Trường
 * Tiểu học Ta Ma'". The lists and the units' reports are written as offices and schools
 * write them (the .xlsx ones by openpyxl); the suggested match is never merged until the
 * consolidator confirms it in the alias list.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { expectedFromText } from "../../src/core/roster";
import { writeWithOpenpyxl } from "../helpers/openpyxl";
import { htsd } from "../cli/run-cli";
import { writeTypedReport } from "./typed-report";

const LISTED = ["Trường Tiểu học Quài Cang", "Trường THCS Quài Nưa", "Trường Mầm non Mường Thín", "Trường Tiểu học Ta Ma", "Trường PTDTBT THCS Tỏa Tình", "Trường THCS Chiềng Sinh"];

describe("a list pasted as offices write it gives the units' names, nothing else", () => {
  const title = ["DANH SÁCH CÁC ĐƠN VỊ PHẢI BÁO CÁO KẾT QUẢ TUẦN LỄ NĂM 2025", "(Kèm theo Công văn số 512/PGDĐT-GDTX ngày 25/9/2025)", ""];
  const cases: [string, string][] = [
    ["one name a line under a title", [...title, ...LISTED].join("\n")],
    ["numbered '1.'", [...title, ...LISTED.map((n, i) => `${i + 1}. ${n}`)].join("\n")],
    ["numbered '1)'", [...title, ...LISTED.map((n, i) => `${i + 1}) ${n}`)].join("\r\n")],
    ["numbered '1 -'", [...title, ...LISTED.map((n, i) => `${i + 1} - ${n}`)].join("\n")],
    ["'STT⇥Tên đơn vị⇥Ghi chú' rows pasted from Excel", [...title, "STT\tTên đơn vị\tGhi chú", ...LISTED.map((n, i) => `${i + 1}\t${n}\t${i === 2 ? "Điểm trường chính" : ""}`)].join("\n")],
    ["'STT, Tên đơn vị, Ghi chú' rows (CSV)", ["\uFEFFSTT,Tên đơn vị,Ghi chú", ...LISTED.map((n, i) => `${i + 1},${n},${i === 0 ? "Nộp bản giấy" : ""}`), "Tổng cộng: 6 đơn vị"].join("\n")],
  ];
  test.each(cases)("%s", (_, text) => {
    expect(expectedFromText(text)).toEqual(LISTED);
  });
});

describe("htsd consolidate --expected LIST.xlsx with a title row and STT/Ghi chú columns", () => {
  const dir = mkdtempSync(join(tmpdir(), "htsd-list-"));
  const inbox = join(dir, "inbox");
  const list = join(dir, "danh-sach.xlsx");
  /** As sent: exact, upper case, no diacritics, abbreviated ("TH Ta Ma"), and a sender not on the list. */
  const SENT = [
    { file: "quai-cang.xlsx", school: "Trường Tiểu học Quài Cang", people: 60 },
    { file: "quai-nua.xlsx", school: "TRƯỜNG THCS QUÀI NƯA", people: 45 },
    { file: "muong-thin.xlsx", school: "Truong Mam non Muong Thin", people: 30 },
    { file: "ta-ma.xlsx", school: "TH Ta Ma", people: 25 },
    { file: "toa-tinh.xlsx", school: "Trường PTDTBT THCS Tỏa Tình", people: 80 },
    { file: "gdnn.xlsx", school: "Trung tâm GDNN-GDTX huyện", people: 15 },
  ];

  beforeAll(() => {
    mkdirSync(inbox);
    for (const s of SENT) writeTypedReport(inbox, s.file, { school: s.school, dateLine: "ngày 10/10/2025", numbers: { "1": [1], "1.1": [1, s.people] } });
    writeWithOpenpyxl(list, [
      {
        name: "Danh sách",
        rows: [["DANH SÁCH ĐƠN VỊ PHẢI BÁO CÁO"], [], ["STT", "Tên đơn vị", "Ghi chú"], ...LISTED.map((n, i) => [i + 1, n, i === 3 ? "Trường vùng khó" : null]), [null, "Tổng cộng: 6 đơn vị"]],
        merges: ["A1:C1"],
      },
    ]);
  }, 60_000);

  const run = async (extra: string[], out: string) => JSON.parse((await htsd(["consolidate", inbox, "--out", join(dir, out), "--expected", list, "--json", ...extra])).stdout);

  it("matches names after case, spacing and diacritics; suggests 'TH Ta Ma' for 'Trường Tiểu học Ta Ma' without merging", async () => {
    const json = await run([], "a.xlsx");
    expect(json.missing).toEqual(["Trường Tiểu học Ta Ma", "Trường THCS Chiềng Sinh"]);
    expect(json.unexpected.sort()).toEqual(["TH Ta Ma", "Trung tâm GDNN-GDTX huyện"].sort());
    expect(json.suggested).toEqual([{ unit: "TH Ta Ma", listed: "Trường Tiểu học Ta Ma", file: expect.stringContaining("ta-ma.xlsx") }]);
    const taMa = json.accepted.find((a: { unit: string }) => a.unit === "TH Ta Ma");
    expect(taMa.warnings).toContainEqual(expect.objectContaining({ code: "consolidate.roster.suggested", severity: "warning", message: expect.stringContaining("TH Ta Ma => Trường Tiểu học Ta Ma") }));
    // Every sender's numbers are in the sum, the suggested one included: nothing is dropped or merged.
    expect(json.rows["1.1"]).toEqual({ count: SENT.length, people: SENT.reduce((n, s) => n + s.people, 0) });
  });

  it("an alias list confirms the suggestion: the unit is on the list and no longer missing", async () => {
    const aliases = join(dir, "ten-goi-khac.txt");
    writeFileSync(aliases, "# tên gửi => tên trong danh sách\nTH Ta Ma => Trường Tiểu học Ta Ma\n");
    const json = await run(["--aliases", aliases], "b.xlsx");
    expect(json.missing).toEqual(["Trường THCS Chiềng Sinh"]);
    expect(json.unexpected).toEqual(["Trung tâm GDNN-GDTX huyện"]);
    expect(json.suggested).toEqual([]);
    const taMa = json.accepted.find((a: { unit: string }) => a.unit === "TH Ta Ma");
    expect(taMa.warnings).toContainEqual(expect.objectContaining({ code: "consolidate.roster.aliased" }));
  });

  it("the alias list may be a two-column sheet", async () => {
    const aliases = join(dir, "ten-goi-khac.xlsx");
    writeWithOpenpyxl(aliases, [{ name: "Sheet1", rows: [["Tên gửi", "Tên trong danh sách"], ["TH Ta Ma", "Trường Tiểu học Ta Ma"]] }]);
    const json = await run(["--aliases", aliases], "c.xlsx");
    expect(json.missing).toEqual(["Trường THCS Chiềng Sinh"]);
  });
});

test("a title that reads like a heading ('DANH SÁCH ĐƠN VỊ') above an 'STT⇥Tên đơn vị' heading", () => {
  const text = ["DANH SÁCH ĐƠN VỊ", "STT\tTên đơn vị\tGhi chú", ...LISTED.map((n, i) => `${i + 1}\t${n}\t`)].join("\n");
  expect(expectedFromText(text)).toEqual(LISTED);
  expect(expectedFromText(["Tên đơn vị", ...LISTED].join("\n"))).toEqual(LISTED);
});
