/**
 * LibreOffice and poppler from a test: a private stand-in for test/helpers/libreoffice.ts
 * (same signatures), which another helper is writing.
 */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";

export function hasCommand(name: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" }).status === 0;
}

export function hasLibreOffice(): boolean {
  return hasCommand("soffice");
}

/**
 * Converts (or re-saves) a file headless into `outDir` and returns the output path. Each
 * call gets its own profile, so parallel test workers never share a locked one.
 */
export function convertWithLibreOffice(inputPath: string, ext: string, outDir: string): string {
  const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
  try {
    execFileSync(
      "soffice",
      ["--headless", "--norestore", `-env:UserInstallation=file://${profile}`, "--convert-to", ext, "--outdir", outDir, inputPath],
      { stdio: "pipe", timeout: 180_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const out = join(outDir, basename(inputPath).replace(/\.[^.]+$/, "") + "." + ext.split(":")[0]);
  if (!existsSync(out)) throw new Error(`LibreOffice wrote no ${out}`);
  return out;
}

/**
 * Whether a test that needs these tools may run: in CI their absence is a failure
 * (CI installs them); on a developer's machine the test is left with a warning.
 */
export function toolsPresent(tools: string[]): boolean {
  const missing = tools.filter((t) => !hasCommand(t));
  if (missing.length === 0) return true;
  if (process.env.CI) throw new Error(`Required in CI but missing: ${missing.join(", ")}`);
  console.warn(`Skipping LibreOffice checks locally: missing ${missing.join(", ")}`);
  return false;
}
