/**
 * The summary is the old one or the whole new one, never a part, and never a source: a kill
 * midway, a full disk and two runs at once leave the old file intact; `--out` through a link
 * (or any other name of a source) is refused.
 */
import { spawn, execFileSync } from "child_process";
import { createHash } from "crypto";
import { linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, watch, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ts from "typescript";
import { message } from "../../src/core/messages";
import { OutputExistsError, writeAtomic } from "../../src/cli/write-output";
import { htsd } from "../cli/run-cli";
import { schoolFile } from "./school-files";

const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

/** src/cli/write-output.ts and files.ts as CommonJS a plain `node` child can load. */
function transpiledWriter(dir: string): string {
  for (const name of ["write-output", "files"]) {
    const source = readFileSync(join(__dirname, "../../src/cli", `${name}.ts`), "utf8");
    const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true } }).outputText;
    writeFileSync(join(dir, `${name}.js`), js);
  }
  return join(dir, "write-output.js");
}

describe("writing the summary", () => {
  let work: string;
  let inbox: string;
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "htsd-out-"));
    inbox = join(work, "inbox");
    mkdirSync(inbox);
    await schoolFile(join(inbox, "01-a.xlsx"), { unit: "Trường THCS Quài Cang", rows: { "1.1": { count: 2, people: 45 } } });
    await schoolFile(join(inbox, "02-b.xlsx"), { unit: "Trường TH Chiềng Sinh", rows: { "1.1": { count: 1, people: 30 } } });
  }, 60_000);

  it("survives the writing process being killed midway: the old summary is intact", async () => {
    const dir = mkdtempSync(join(tmpdir(), "htsd-kill-"));
    const target = join(dir, "tong-hop.xlsx");
    writeFileSync(target, "the old summary");
    const script = transpiledWriter(mkdtempSync(join(tmpdir(), "htsd-writer-js-")));
    const child = spawn(process.execPath, [join(__dirname, "kill-writer.js"), script, target, "400"], { stdio: ["ignore", "pipe", "inherit"] });
    let sawTemp = false;
    // Killed the moment its temporary file appears: the write is under way, not done.
    const watcher = watch(dir, (_event, name) => {
      if (name && String(name).startsWith(".htsd-") && !sawTemp) {
        sawTemp = true;
        child.kill("SIGKILL");
      }
    });
    const [, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on("exit", (c, s) => resolve([c, s])));
    watcher.close();
    expect(sawTemp).toBe(true);
    expect(signal).toBe("SIGKILL");
    expect(readFileSync(target, "utf8")).toBe("the old summary");
  }, 60_000);

  it("fills the disk: the write fails with a message, the old summary is intact and no temporary file is left", async () => {
    const mnt = mkdtempSync(join(tmpdir(), "htsd-full-"));
    try {
      execFileSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", mnt], { stdio: "pipe" });
    } catch (e) {
      // No skipping: CI runs as root; elsewhere this says plainly what the test needs.
      throw Object.assign(new Error(`this test mounts a 64 KB tmpfs to fill a disk and needs root (CI runs as root): ${(e as Error).message}`), { cause: e });
    }
    try {
      const out = join(mnt, "tong-hop.xlsx");
      writeFileSync(out, "the old summary");
      const before = sha(out);
      // The summary needs more than what is left.
      writeFileSync(join(mnt, "filler"), Buffer.alloc(56 * 1024));
      const r = await htsd(["consolidate", inbox, "--out", out, "--force"]);
      expect(r.code).toBe(2);
      const [said] = r.stderr.split("\n");
      expect(said).toMatch(/ENOSPC/);
      expect(said).toBe(message("cli.error.cannotWrite", { file: out, detail: said!.slice(said!.indexOf("ENOSPC")) }));
      expect(sha(out)).toBe(before);
      expect(readdirSync(mnt).sort()).toEqual(["filler", "tong-hop.xlsx"]);
    } finally {
      execFileSync("umount", [mnt]);
    }
  }, 60_000);

  it("two writes at once leave one whole result, never a mix; without --force the second is refused", async () => {
    const dir = mkdtempSync(join(tmpdir(), "htsd-race-"));
    const target = join(dir, "tong-hop.xlsx");
    const a = new Uint8Array(8 * 1024 * 1024).fill(0x61);
    const b = new Uint8Array(8 * 1024 * 1024).fill(0x62);
    writeFileSync(target, "old");
    await Promise.all([writeAtomic(target, a, true), writeAtomic(target, b, true)]);
    const got = readFileSync(target);
    expect(got.length).toBe(a.length);
    expect(got.every((x) => x === got[0]) && (got[0] === 0x61 || got[0] === 0x62)).toBe(true);
    expect(readdirSync(dir)).toEqual(["tong-hop.xlsx"]);

    const fresh = join(dir, "moi.xlsx");
    const results = await Promise.allSettled([writeAtomic(fresh, a, false), writeAtomic(fresh, b, false)]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toBeInstanceOf(OutputExistsError);
    expect(readdirSync(dir).sort()).toEqual(["moi.xlsx", "tong-hop.xlsx"]);
  });

  it("refuses --out that is a source by another name: a link, a hard link, a path through `..`, even with --force", async () => {
    const before = sha(join(inbox, "01-a.xlsx"));
    const soft = join(work, "link-to-source.xlsx");
    const hard = join(work, "hard-link.xlsx");
    symlinkSync(join(inbox, "01-a.xlsx"), soft);
    linkSync(join(inbox, "01-a.xlsx"), hard);
    for (const out of [soft, hard, join(inbox, "..", "inbox", "01-a.xlsx")]) {
      const r = await htsd(["consolidate", inbox, "--out", out, "--force"]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(message("cli.error.outIsSource", { file: out }));
    }
    const linkedDir = join(work, "inbox-link");
    symlinkSync(inbox, linkedDir);
    const r = await htsd(["consolidate", join(inbox, "01-a.xlsx"), "--out", join(linkedDir, "01-a.xlsx"), "--force"]);
    expect(r.code).toBe(2);
    expect(sha(join(inbox, "01-a.xlsx"))).toBe(before);
  }, 60_000);

  it("writes `htsd template --out` the same way: no temporary file left, an existing file kept without --force", async () => {
    const dir = mkdtempSync(join(tmpdir(), "htsd-tpl-"));
    const out = join(dir, "bieu-mau.xlsx");
    writeFileSync(out, "a school's own file");
    const r = await htsd(["template", "--out", out]);
    expect(r.code).toBe(2);
    expect(readFileSync(out, "utf8")).toBe("a school's own file");
    expect((await htsd(["template", "--out", out, "--force"])).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    expect(readdirSync(dir)).toEqual(["bieu-mau.xlsx"]);
  }, 30_000);
});
