/**
 * A bug of ours that one file's content trips, while reading and checking it or while
 * summing and describing it, is that file's problem: it is refused as "lỗi nội bộ khi đọc
 * tệp …", named, without a stack trace (that is for --debug), and the rest is consolidated.
 * The bug is planted with a spy, since no known file trips one.
 */
import { mkdirSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import * as pipeline from "../../src/core/pipeline";
// The module the reader calls: a check worker never loads the whole pipeline.
import * as checking from "../../src/core/pipeline/check-workbook";
import { message } from "../../src/core/messages";
import { htsd } from "../cli/run-cli";
import { schoolFile } from "./school-files";

const STACK_LINE = /^\s+at /m;

describe("an internal error on one file", () => {
  const work = mkdtempSync(join(tmpdir(), "htsd-isolation-"));
  const inbox = join(work, "inbox");
  const file = (n: string) => join(inbox, n);

  beforeAll(async () => {
    mkdirSync(inbox);
    await schoolFile(file("01-a.xlsx"), { unit: "Trường A", rows: { "1.1": { count: 2, people: 45 } } });
    await schoolFile(file("02-b.xlsx"), { unit: "Trường B", rows: { "1.1": { count: 1, people: 30 } } });
    await schoolFile(file("03-c.xlsx"), { unit: "Trường C", rows: { "1.1": { count: 4, people: 7 } } });
  }, 60_000);
  afterEach(() => jest.restoreAllMocks());

  it("while checking: the file is refused with its own message and the others are consolidated", async () => {
    const real = checking.checkWorkbook;
    jest.spyOn(checking, "checkWorkbook").mockImplementation((wb, ctx) => {
      if (ctx.file?.endsWith("02-b.xlsx")) throw new TypeError("planted bug");
      return real(wb, ctx);
    });
    const r = await htsd(["consolidate", inbox, "--out", join(work, "a.xlsx"), "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.accepted.map((a: { unit: string }) => a.unit)).toEqual(["Trường A", "Trường C"]);
    expect(json.rows["1.1"]).toEqual({ count: 6, people: 52 });
    expect(json.rejected).toEqual([{ file: file("02-b.xlsx"), code: "consolidate.rejected.unreadable", message: message("consolidate.rejected.unreadable", { reason: message("read.internal", { file: file("02-b.xlsx") }) }) }]);
    expect(r.stderr).toBe("");
  }, 60_000);

  it("while summing or describing: the file at fault is found, refused, and the others are consolidated", async () => {
    const real = pipeline.summarySheets;
    jest.spyOn(pipeline, "summarySheets").mockImplementation((c, ...rest) => {
      if (c.files.some((f) => f.status === "accepted" && f.unit === "Trường C")) throw new RangeError("planted bug");
      return real(c, ...rest);
    });
    const r = await htsd(["consolidate", inbox, "--out", join(work, "b.xlsx")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${file("03-c.xlsx")}: ${message("consolidate.rejected.unreadable", { reason: message("read.internal", { file: file("03-c.xlsx") }) })}`);
    expect(r.stdout).toContain(message("cli.consolidate.written", { file: join(work, "b.xlsx") }));
    expect(r.stdout + r.stderr).not.toMatch(STACK_LINE);
  }, 60_000);

  it("shows the stack only with --debug", async () => {
    const real = checking.checkWorkbook;
    jest.spyOn(checking, "checkWorkbook").mockImplementation((wb, ctx) => {
      if (ctx.file?.endsWith("02-b.xlsx")) throw new TypeError("planted bug");
      return real(wb, ctx);
    });
    const r = await htsd(["check", file("02-b.xlsx"), "--debug"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(message("read.internal", { file: file("02-b.xlsx") }));
    expect(r.stderr).toContain(`[debug] ${file("02-b.xlsx")}: TypeError: planted bug`);
    expect(r.stderr).toMatch(STACK_LINE);
  }, 60_000);
});
