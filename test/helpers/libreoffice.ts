/**
 * LibreOffice from a test, headless. Shared by every test that converts or re-saves a
 * file. Each call gets a profile of its own: parallel jest workers would otherwise fight
 * over one locked profile, and a crashed run would poison the next.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { basename, join, resolve } from "path";

export function hasCommand(name: string): boolean {
  return spawnSync("sh", ["-c", `command -v "${name}"`], { stdio: "ignore" }).status === 0;
}

export function hasLibreOffice(): boolean {
  return hasCommand("soffice");
}

/**
 * Converts (or re-saves) `inputPath` into `outDir` and returns the output's path.
 * `targetExt` is what `--convert-to` takes: `xlsx`, `xls`, `pdf`, `ods`, `csv`, or with
 * a filter, e.g. `xls:"MS Excel 97"`; the output's extension is the part before any `:`.
 * Throws with LibreOffice's own output when no file comes out.
 */
export function convertWithLibreOffice(inputPath: string, targetExt: string, outDir: string): string {
  const input = resolve(inputPath);
  const profile = mkdtempSync(join(tmpdir(), "lo-"));
  let result: ReturnType<typeof spawnSync>;
  try {
    result = spawnSync(
      "soffice",
      ["--headless", "--norestore", "--nolockcheck", `-env:UserInstallation=file://${profile}`, "--convert-to", targetExt, "--outdir", resolve(outDir), input],
      { encoding: "utf8", timeout: 180_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const out = join(resolve(outDir), basename(input).replace(/\.[^.]+$/, "") + "." + targetExt.split(":")[0]);
  if (result.error || !existsSync(out)) {
    const detail = [result.error?.message, result.stderr, result.stdout].filter(Boolean).join("\n").trim();
    throw new Error(`LibreOffice did not convert ${input} to ${targetExt} (exit ${String(result.status)}):\n${detail}`);
  }
  return out;
}

/**
 * Whether a test that needs these commands may run. In CI their absence is a failure (CI
 * installs them); on a developer's machine the test returns early with a warning.
 */
export function toolsPresent(tools: string[]): boolean {
  const missing = tools.filter((t) => !hasCommand(t));
  if (missing.length === 0) return true;
  if (process.env.CI) throw new Error(`Required in CI but missing: ${missing.join(", ")}`);
  console.warn(`LibreOffice checks not run locally: missing ${missing.join(", ")}`);
  return false;
}
