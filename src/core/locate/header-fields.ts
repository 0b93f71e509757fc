/**
 * The header fields above a form: the unit's name, its parent body, the document number
 * and the report date. They are found by their printed labels ("ĐƠN VỊ", "TÊN CƠ QUAN,
 * TỔ CHỨC", "Ngày báo cáo:"), by the `HTSD_UNIT` name when present, and, on a copy typed
 * by hand that replaced the labels with the names, by the top-left block of the page.
 */
import { a1, getCell, type RawWorkbook } from "../cells";
import { UNIT_NAME } from "../meta";
import { foldText, isPlaceholderText, normalizeText, textAt, textOf } from "../text";
import { parseSheetRef } from "./markers";
import { stripDiacritics } from "../fold-diacritics";
import type { HeaderFields, HeaderText } from "./types";

const UNIT_LABELS = ["đơn vị", "tên đơn vị", "đơn vị báo cáo", "tên cơ quan tổ chức", "tên cơ quan"].map(foldText);
const PARENT_LABELS = ["cơ quan chủ quản", "tên cq tc chủ quản", "tên cơ quan chủ quản", "tên cơ quan tổ chức chủ quản", "cq chủ quản"].map(foldText);
const DATE_LABELS = ["ngày báo cáo"].map(foldText);
const ALL_LABELS = [...UNIT_LABELS, ...PARENT_LABELS, ...DATE_LABELS];
/** "…, ngày 10 tháng 10 năm 2025", "ngày 10/10/2025", "ngày 10-10-2025": the date line under the national motto. */
const DATE_LINE = /ng[àa]y\s*\d{1,2}\s*(?:th[áa]ng\s*\d{1,2}\s*n[ăa]m|[/.-]\s*\d{1,2}\s*[/.-])\s*\d{4}/iu;
/** Texts of the page header that are never a unit's name. */
const NOT_A_NAME = /^(số( |$)|cộng hòa|cộng hoà|độc lập|phụ lục|mẫu|báo cáo|biểu|kèm theo)|ngày .* tháng|tháng .* năm/;
/** The same typed without diacritics ("BAO CAO TONG KET…"); "so" only before a number, since "SO GD" is a Sở. */
const NOT_A_NAME_UNMARKED = /^(so \d|cong hoa|doc lap|phu luc|mau (so|bieu)|bao cao|bieu|kem theo)|ngay .* thang|thang .* nam/;
const notAName = (t: string): boolean => {
  const key = normalizeText(t);
  return NOT_A_NAME.test(key) || (stripDiacritics(key) === key && NOT_A_NAME_UNMARKED.test(key));
};

export function readHeaderFields(wb: RawWorkbook, sheetIndex: number, limitRow: number): HeaderFields {
  const sheet = wb.sheets[sheetIndex]!;
  const last = Math.min(limitRow - 1, sheet.maxRow);
  const out: HeaderFields = {};
  const isLabel = (t: string) => ALL_LABELS.includes(foldText(t));
  const usable = (t: string) => t !== "" && !isPlaceholderText(t) && !isLabel(t) && !notAName(t);

  const named = namedCell(wb, sheetIndex, UNIT_NAME);
  if (named) {
    out.unitCell = a1(named.row, named.col);
    const t = textAt(sheet, named.row, named.col);
    if (usable(t)) out.unit = { text: t, cell: out.unitCell };
  }

  let anyLabel = false;
  for (let row = 1; row <= last; row++) {
    for (let col = 1; col <= sheet.maxCol; col++) {
      const raw = textAt(sheet, row, col);
      if (raw === "") continue;
      // "Đơn vị: Trường …": the label before the first colon, what follows it inline.
      const colon = raw.indexOf(":");
      const key = foldText(colon < 0 ? raw : raw.slice(0, colon));
      const role = UNIT_LABELS.includes(key) ? "unit" : PARENT_LABELS.includes(key) ? "parent" : DATE_LABELS.includes(key) ? "date" : undefined;
      if (!role) {
        if (!out.docNumber) out.docNumber = docNumberOf(raw, row, col);
        continue;
      }
      anyLabel = true;
      if (role === "date") {
        out.date ??= valueRight(row, col) ?? { row, col: col + 1 };
        continue;
      }
      out.unitCell ??= role === "unit" ? a1(row + 1, col) : undefined;
      const inline = colon < 0 ? "" : raw.slice(colon + 1).trim();
      const value: HeaderText | undefined = usable(inline) ? { text: inline, cell: a1(row, col) } : valueBelow(row, col) ?? valueRightText(row, col);
      if (role === "unit" && !out.unit && value) out.unit = value;
      if (role === "parent" && !out.parent && value) out.parent = value;
    }
  }
  if (!anyLabel && !out.unit) topLeftBlock();
  if (!out.date) out.date = dateLine();
  return out;

  function valueBelow(row: number, col: number): HeaderText | undefined {
    const t = textAt(sheet, row + 1, col);
    return row + 1 <= last && usable(t) ? { text: t, cell: a1(row + 1, col) } : undefined;
  }
  function valueRight(row: number, col: number): { row: number; col: number } | undefined {
    for (let c = col + 1; c <= Math.min(sheet.maxCol, col + 4); c++) if (getCell(sheet, row, c) && textOf(getCell(sheet, row, c)).trim() !== "") return { row, col: c };
    return undefined;
  }
  function valueRightText(row: number, col: number): HeaderText | undefined {
    const at = valueRight(row, col);
    const t = at ? textAt(sheet, at.row, at.col) : "";
    return at && usable(t) ? { text: t, cell: a1(at.row, at.col) } : undefined;
  }
  /** "PHÒNG GD&ĐT X" over "TRƯỜNG THCS Y" (one cell with a line break, or two rows): parent, then unit. */
  function topLeftBlock(): void {
    const lines: HeaderText[] = [];
    for (let row = 1; row <= Math.min(4, last); row++) {
      for (let col = 1; col <= 2; col++) {
        for (const line of textAt(sheet, row, col).split(/\r?\n/)) {
          const t = line.trim();
          if (usable(t) && !/^[-=_*]+$/.test(t)) lines.push({ text: t, cell: a1(row, col) });
        }
      }
    }
    if (lines.length === 0) return;
    out.unit = lines[lines.length - 1];
    if (lines.length > 1) out.parent ??= lines[0];
  }
  function dateLine(): HeaderFields["date"] {
    for (let row = 1; row <= last; row++) {
      for (let col = 1; col <= sheet.maxCol; col++) {
        const t = textAt(sheet, row, col);
        if (DATE_LINE.test(t.normalize("NFC"))) return { text: t, cell: a1(row, col) };
      }
    }
    return undefined;
  }
}

/** "Số: 12/BC-THCS" → "12/BC-THCS"; the unfilled "Số:      /BC-......." is no number. */
function docNumberOf(text: string, row: number, col: number): HeaderText | undefined {
  // Most header texts do not begin with an "s" (nor does normalizing make one): they are
  // passed over without the cost of normalizing them.
  if (!STARTS_WITH_S.test(text)) return undefined;
  const m = /^\s*số\s*:\s*(.*)$/isu.exec(text.normalize("NFC"));
  if (!m || !/\d/.test(m[1]!)) return undefined;
  return { text: m[1]!.replace(/\s+/g, " ").trim(), cell: a1(row, col) };
}

/** What "số" may begin with under the search's `iu` flags: s, S, or the long s "ſ". */
const STARTS_WITH_S = /^\s*s/iu;

function namedCell(wb: RawWorkbook, sheetIndex: number, name: string): { row: number; col: number } | undefined {
  for (const n of wb.definedNames) {
    if (n.name.toUpperCase() !== name) continue;
    if (n.localSheet !== undefined && n.localSheet !== sheetIndex) continue;
    const ref = parseSheetRef(n.value);
    if (ref && ref.sheet === wb.sheets[sheetIndex]!.name) return { row: ref.row, col: ref.col };
  }
  return undefined;
}
