/**
 * Forms as schools return them: the official template (ours, as every school receives it),
 * filled and saved by openpyxl (test/run/fill-form.py). What a test expects comes from the
 * spec it hands to openpyxl, never from reading our own output.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { formSheet } from "../../src/core/pipeline";
import { renderWorkbook } from "../../src/xlsx/writer";

export const PYTHON = "/usr/bin/python3";
export const YEAR = 2025;

export interface RowSpec {
  count?: number;
  people?: number;
  amount?: number;
  note?: string;
}

export interface SchoolSpec {
  /** Left out: the header names no unit (the file is named after nothing but itself). */
  unit?: string;
  date?: string;
  /** Replaces the hidden form marker's text. */
  marker?: string;
  /** Saved as an Excel template (.xltx content type). */
  template?: boolean;
  rows: Record<string, RowSpec>;
}

let template: string | undefined;

async function templateFile(): Promise<string> {
  if (template) return template;
  const dir = mkdtempSync(join(tmpdir(), "htsd-template-"));
  template = join(dir, "bieu-mau.xlsx");
  writeFileSync(template, await renderWorkbook([formSheet("stats-table", { year: YEAR })]));
  return template;
}

/** Writes `out` as openpyxl fills and saves the form to `spec`. */
export async function schoolFile(out: string, spec: SchoolSpec): Promise<void> {
  const tpl = await templateFile();
  const dir = mkdtempSync(join(tmpdir(), "htsd-spec-"));
  try {
    const specPath = join(dir, "spec.json");
    writeFileSync(specPath, JSON.stringify(spec));
    execFileSync(PYTHON, [join(__dirname, "fill-form.py"), tpl, out, specPath], { stdio: ["ignore", "ignore", "pipe"] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
