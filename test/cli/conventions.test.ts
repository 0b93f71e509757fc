/**
 * The habits every command line is expected to have: help for each command, a version,
 * Vietnamese messages for a mistyped command line, and the exit codes scripts rely on.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { commands } from "../../src/cli/spec";
import { htsd } from "./run-cli";

const names = Object.keys(commands) as (keyof typeof commands)[];

describe("htsd conventions", () => {
  it.each(names)("`htsd %s --help` prints that command's options and exits 0, doing nothing else", async (name) => {
    for (const flag of ["--help", "-h"]) {
      // With a mistake on the same line too: asking for help wins, and nothing is written.
      const r = await htsd([name, "--bogus", "--out", join("khong-co-thu-muc-nay", "x.xlsx"), flag]);
      expect(r).toMatchObject({ code: 0, stderr: "" });
      expect(r.stdout).toMatch(new RegExp(`^htsd ${name} — `));
      for (const option of Object.keys(commands[name].options)) expect(r.stdout).toContain(`--${option}`);
      expect(r.stdout).toContain("Cách dùng:");
    }
  });

  it("`htsd --help`, `htsd help` and bare `htsd` print the general help and exit 0", async () => {
    for (const args of [["--help"], ["-h"], ["help"], []]) {
      const r = await htsd(args);
      expect(r).toMatchObject({ code: 0, stderr: "" });
      for (const name of names) expect(r.stdout).toContain(`htsd ${name} `);
      expect(r.stdout).toContain("htsd LỆNH --help");
    }
  });

  it("`htsd help CMD` prints that command's help", async () => {
    for (const name of names) expect(await htsd(["help", name])).toEqual(await htsd([name, "--help"]));
  });

  it("`htsd --version` prints the package's version", async () => {
    const { version } = JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8")) as { version: string };
    for (const flag of ["--version", "-v"]) expect(await htsd([flag])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("an unknown command exits 2 with the general usage on stderr", async () => {
    const r = await htsd(["tonghop", "a.xlsx"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^Lệnh không hợp lệ: tonghop\./);
    expect(r.stderr).toContain("Cách dùng:\n  htsd template");
  });

  it.each([
    [["template", "--bogus"], "Lệnh template không có tùy chọn --bogus."],
    [["consolidate", "a.xlsx", "--ouT=x.xlsx"], "Lệnh consolidate không có tùy chọn --ouT."],
    [["check", "-x", "a.xlsx"], "Lệnh check không có tùy chọn -x."],
    [["template", "--out"], "Tùy chọn --out cần một giá trị, ví dụ --out bieu-mau.xlsx."],
    [["consolidate", "a.xlsx", "-o", "--force"], "Tùy chọn -o cần một giá trị, ví dụ -o tong-hop.xlsx."],
    [["consolidate", "a.xlsx", "--deadline"], "Tùy chọn --deadline cần một giá trị, ví dụ --deadline 2025-10-10."],
    [["check", "a.xlsx", "--json=yes"], "Tùy chọn --json không nhận giá trị; chỉ cần viết --json."],
    [["template", "bieu.xlsx"], "Lệnh template không nhận tham số bieu.xlsx."],
    [["generate", "--out", "d", "50"], "Lệnh generate không nhận tham số 50."],
  ])("`htsd %j` exits 2 with a Vietnamese message and the command's usage on stderr", async (args, text) => {
    const r = await htsd(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const [first, blank, usage] = r.stderr.split("\n");
    expect(first).toBe(text);
    expect(blank).toBe("");
    expect(usage).toMatch(new RegExp(`^htsd ${args[0]} — `));
    // Nothing of Node's own English parser leaks through.
    expect(r.stderr).not.toMatch(/Unknown option|argument missing|Unexpected argument|ERR_PARSE_ARGS/);
  });

  it("takes values written as --name=value, -o value, -ovalue, and file names after --", async () => {
    const dir = join(__dirname, "..", "..", "test-output");
    const r = await htsd(["check", "--json", "--", "--khong-phai-tuy-chon.xlsx"]);
    // After --, a name that looks like an option is a file name (a missing one here).
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Không tìm thấy --khong-phai-tuy-chon.xlsx.");
    const year = await htsd(["template", "--year=20x5", `-o${join(dir, "never.xlsx")}`]);
    expect(year.stderr).toContain("Năm không hợp lệ: 20x5.");
  });
});
