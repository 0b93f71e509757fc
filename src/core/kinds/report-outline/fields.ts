/**
 * The report outline's fields: by code on a marked sheet (code column, value column found
 * by its header "Nội dung báo cáo"), or by label on a sheet typed by hand, where a field's
 * value is the next non-empty cell to the right of its label, or the text after its colon.
 */
import { getCell, type RawSheet } from "../../cells";
import type { ReportOutlineForm } from "./schema";
import { isBlankCell, textAt, normalizeText } from "../../text";
import { matchLabels, type LabelTarget } from "../../locate";
import type { OutlineFieldPlace } from "./types";

/** Where the outline layout puts the value when its header cannot be found: C, as the code sits in G. */
const DEFAULT_VALUE_COL = 3;
const DEFAULT_CODE_COL = 7;

export function findValueColumn(sheet: RawSheet, form: ReportOutlineForm, codeCol: number, beforeRow: number): number {
  const want = normalizeText(form.columns.value);
  for (let row = 1; row < Math.min(beforeRow, sheet.maxRow + 1); row++) {
    for (let col = 1; col <= sheet.maxCol; col++) if (normalizeText(textAt(sheet, row, col)) === want) return col;
  }
  return DEFAULT_VALUE_COL + (codeCol - DEFAULT_CODE_COL);
}

export function fieldsByCode(sheet: RawSheet, form: ReportOutlineForm, codeCol: number, fromRow: number, valueCol: number): Map<string, OutlineFieldPlace> {
  const codes = new Set(form.fields.map((f) => f.code));
  const out = new Map<string, OutlineFieldPlace>();
  for (let row = fromRow; row <= sheet.maxRow; row++) {
    const code = textAt(sheet, row, codeCol);
    if (codes.has(code) && !out.has(code)) out.set(code, { row, col: valueCol });
  }
  return out;
}

export function firstFieldRow(sheet: RawSheet, form: ReportOutlineForm, codeCol: number, afterRow: number): number | undefined {
  const codes = new Set(form.fields.map((f) => f.code));
  for (let row = afterRow + 1; row <= sheet.maxRow; row++) if (codes.has(textAt(sheet, row, codeCol))) return row;
  return undefined;
}

/** "Kinh phí: Ngân sách Nhà nước" is also typed as just "Ngân sách Nhà nước". */
/** One list of a form's fields (headers aside) for every file: matchLabels indexes a list once. */
const targetLists = new WeakMap<ReportOutlineForm, LabelTarget[]>();

function targetsOf(form: ReportOutlineForm): LabelTarget[] {
  let targets = targetLists.get(form);
  if (!targets) {
    targets = form.fields.filter((f) => !f.header).map((f) => ({ code: f.code, label: f.label, aliases: f.label.includes(":") ? [f.label.slice(f.label.indexOf(":") + 1)] : [] }));
    targetLists.set(form, targets);
  }
  return targets;
}

interface Candidate {
  row: number;
  col: number;
  /** Text after the colon when the label is the head of the cell's text. */
  rest?: string;
}

export function fieldsByLabel(sheet: RawSheet, form: ReportOutlineForm): Map<string, OutlineFieldPlace> {
  const candidates: Candidate[] = [];
  const typed: { key: number; text: string }[] = [];
  for (let row = 1; row <= sheet.maxRow; row++) {
    for (let col = 1; col <= sheet.maxCol; col++) {
      const cell = getCell(sheet, row, col);
      if (cell?.kind !== "string" || cell.value.trim() === "") continue;
      const text = cell.value;
      // "- Thời gian tổ chức: 06/10/2025": the label before a colon is tried before the whole text.
      for (let at = text.indexOf(":"); at >= 0; at = text.indexOf(":", at + 1)) {
        typed.push({ key: candidates.length, text: text.slice(0, at) });
        candidates.push({ row, col, rest: text.slice(at + 1).trim() });
      }
      typed.push({ key: candidates.length, text });
      candidates.push({ row, col });
    }
  }
  const matched = matchLabels(typed, targetsOf(form));
  const out = new Map<string, OutlineFieldPlace>();
  const cellsUsed = new Set<string>();
  for (const [key, code] of [...matched].sort((a, b) => a[0] - b[0])) {
    const c = candidates[key]!;
    const where = `${c.row}:${c.col}`;
    if (cellsUsed.has(where)) continue;
    cellsUsed.add(where);
    if (c.rest) out.set(code, { text: c.rest, row: c.row, col: c.col });
    else out.set(code, valueRightOf(sheet, c.row, c.col));
  }
  return out;
}

function valueRightOf(sheet: RawSheet, row: number, col: number): OutlineFieldPlace {
  for (let c = col + 1; c <= sheet.maxCol; c++) if (!isBlankCell(getCell(sheet, row, c))) return { row, col: c };
  return { row, col: col + 1 };
}
