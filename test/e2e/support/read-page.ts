/**
 * What the pane shows, read back from the DOM as plain data, and the same shape built
 * from the command line's JSON, so the two can be compared with one `toEqual`.
 */
import { basename } from "path";
import type { Locator } from "playwright-core";
import { message } from "../../../src/core/messages";

export interface ShownProblem {
  /** "Ô D52 · dòng 10.1 · trang “Số liệu Tuần lễ”", or "" for a problem of the whole file. */
  where: string;
  message: string;
}

export interface ShownResult {
  title: string;
  /** The "found" line (form, year, unit) and the counts line. */
  lines: string[];
  /** Group heading ("Lỗi (1)") and its problems, in the order shown. */
  groups: { heading: string; problems: ShownProblem[] }[];
}

/** Every check result (one per file or sheet) shown in `scope`. */
export function shownResults(scope: Locator): Promise<ShownResult[]> {
  return scope.locator("section:has(> h2)").evaluateAll((sections) =>
    sections.map((s) => ({
      title: s.querySelector(":scope > h2")?.textContent ?? "",
      lines: Array.from(s.querySelectorAll(":scope > p")).map((p) => p.textContent ?? ""),
      groups: Array.from(s.querySelectorAll("section:has(> h3)")).map((g) => ({
        heading: g.querySelector(":scope > h3")?.textContent ?? "",
        problems: Array.from(g.querySelectorAll("li")).map((li) => {
          // The problem's body: a button in Excel, a block for a file; the spans are where + message.
          const spans = Array.from(li.firstElementChild?.querySelectorAll(":scope > span") ?? []).map((x) => x.textContent ?? "");
          return spans.length > 1 ? { where: spans[0]!, message: spans[1]! } : { where: "", message: spans[0] ?? "" };
        }),
      })),
    })),
  );
}

export interface CliIssue {
  code: string;
  severity: "error" | "warning" | "info";
  sheet: string | null;
  cell: string | null;
  rowCode: string | null;
  message: string;
}

export interface CliCheckedFile {
  file: string;
  unit: string | null;
  form: "stats-table" | "report-outline" | null;
  year: number | null;
  errors: number;
  warnings: number;
  issues: CliIssue[];
}

const GROUPS = [
  { severity: "error", heading: "ui.check.group.error" },
  { severity: "warning", heading: "ui.check.group.warning" },
  { severity: "info", heading: "ui.check.group.info" },
] as const;

/**
 * What the Kiểm tra tab must show for a file `htsd check --json` reported so: for a file
 * (standalone) named by its file name, each problem with its sheet; for a sheet of the open
 * workbook (Excel), named by the sheet, which then goes without saying.
 */
export function expectedResult(cli: CliCheckedFile, inExcel?: { sheet: string }): ShownResult {
  const lines: string[] = [];
  if (cli.form && cli.year !== null && cli.unit !== null) {
    const form = message(cli.form === "stats-table" ? "ui.insert.form.stats-table" : "ui.insert.form.report-outline");
    lines.push(message("ui.check.found", { form, year: cli.year, unit: cli.unit || message("ui.check.unit.none") }));
  }
  lines.push(cli.issues.length === 0 ? message("ui.check.clean") : message("ui.check.counts", { errors: cli.errors, warnings: cli.warnings }));
  const groups = GROUPS.flatMap(({ severity, heading }) => {
    const issues = cli.issues.filter((i) => i.severity === severity);
    if (issues.length === 0) return [];
    return [{ heading: message(heading, { count: issues.length }), problems: issues.map((i) => ({ where: whereOf(i, !inExcel), message: i.message })) }];
  });
  return { title: message("ui.check.result", { name: inExcel?.sheet ?? basename(cli.file) }), lines, groups };
}

function whereOf(i: CliIssue, showSheet: boolean): string {
  const parts: string[] = [];
  if (i.cell) parts.push(message("ui.check.where.cell", { cell: i.cell }));
  if (i.rowCode) parts.push(message("ui.check.where.row", { rowCode: i.rowCode }));
  if (showSheet && i.sheet) parts.push(message("ui.check.where.sheet", { sheet: i.sheet }));
  return parts.join(" · ");
}

export interface ShownCard {
  title: string;
  /** Each block's heading and its term/value pairs. */
  blocks: { heading: string; figures: [string, string][] }[];
  /** Paragraphs under the figures (the units still missing). */
  notes: string[];
  /** The files not used, "file: reason", from the collapsed list. */
  notUsed: string[];
}

/** The consolidation's result card, read back. */
export function shownCard(card: Locator): Promise<ShownCard> {
  return card.evaluate((c) => ({
    title: c.querySelector("h2")?.textContent ?? "",
    blocks: Array.from(c.querySelectorAll("section")).map((s) => ({
      heading: s.querySelector("h3")?.textContent ?? "",
      figures: Array.from(s.querySelectorAll("dt")).map((dt) => [dt.textContent ?? "", dt.nextElementSibling?.textContent ?? ""] as [string, string]),
    })),
    notes: Array.from(c.querySelectorAll(":scope > p")).map((p) => p.textContent ?? ""),
    notUsed: Array.from(c.querySelectorAll("details li")).map((li) => li.textContent ?? ""),
  }));
}
