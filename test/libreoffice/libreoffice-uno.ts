/**
 * Driving LibreOffice itself from a test: fill-form.py types into a form the way a school
 * using LibreOffice would, and reports what LibreOffice's own validation refused.
 */
import { spawnSync } from "child_process";
import { writeFileSync } from "fs";
import { join } from "path";
import { toolsPresent } from "../helpers/libreoffice";

/** The system Python: python3-uno is a Debian package, bound to it, not to any venv's python. */
const PYTHON = "/usr/bin/python3";
const FILL_SCRIPT = join(__dirname, "fill-form.py");

/**
 * Whether soffice and python3-uno are both here. In CI their absence fails the suite (CI
 * installs both); on a developer's machine the tests return early with a warning.
 */
export function libreOfficeWithUno(): boolean {
  if (!toolsPresent(["soffice"])) return false;
  if (spawnSync(PYTHON, ["-c", "import uno"], { stdio: "ignore" }).status === 0) return true;
  if (process.env.CI) throw new Error(`Required in CI but missing: python3-uno for ${PYTHON}`);
  console.warn(`LibreOffice round trips not run locally: ${PYTHON} cannot import uno (apt-get install python3-uno)`);
  return false;
}

export interface FillEntry {
  /** The row's code, as in the form's hidden code column. */
  row: string;
  measure: "count" | "people" | "amount";
  /** Typed as a number (setValue)… */
  value?: number;
  /** …or as text (setString), as a cell formatted as Text keeps "1.500.000". */
  text?: string;
}

export interface FillJob {
  source: string;
  target: string;
  /** ISO date typed into the "Ngày báo cáo" cell. */
  reportDate?: string;
  entries: FillEntry[];
}

export interface Filled {
  target: string;
  /** "row/measure" → the cell the script found and typed into, e.g. "1.1/count" → "D15". */
  cells: Record<string, string>;
  /** Cells LibreOffice's Mark Invalid Data circled, sorted. */
  invalid: string[];
  /** Drawing objects left on the sheet when it was saved (the circles are removed first). */
  drawingsLeft: number;
}

/** Fills every job in one LibreOffice start; throws with the script's output when it fails. */
export function fillInLibreOffice(jobs: FillJob[], workDir: string): Filled[] {
  const jobsFile = join(workDir, "fill-jobs.json");
  writeFileSync(jobsFile, JSON.stringify(jobs));
  const r = spawnSync(PYTHON, [FILL_SCRIPT, jobsFile], { encoding: "utf8", timeout: 180_000 });
  if (r.status !== 0 || r.error) {
    throw new Error(`fill-form.py failed (exit ${String(r.status)}): ${[r.error?.message, r.stderr, r.stdout].filter(Boolean).join("\n")}`);
  }
  return JSON.parse(r.stdout) as Filled[];
}
