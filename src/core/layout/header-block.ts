/**
 * The administrative header and the signature block shared by every form sheet: the
 * printed appendices open with the body's names on the left and the national motto and
 * date line on the right, and close with "LÃNH ĐẠO ĐƠN VỊ".
 */
import { message } from "../messages";
import { a1 } from "../cells";
import { PAGE_COLS as C, PAGE_HEADER as H } from "./page-grid";
import { S } from "./styles";
import type { Merge, Put } from "./cell-sink";


export interface AdminHeaderOptions {
  year: number;
  parent?: string;
  unit?: string;
  /** Excel date serial of the report date, when the product knows it (a summary: the day it was made). */
  dateSerial?: number;
  marker: string;
  parentLabel?: string;
  unitLabel?: string;
}

export function adminHeader(o: AdminHeaderOptions, p: Put, m: Merge): void {
  const { year } = o;
  p({ row: H.parentLabel.row, col: 1, value: o.parentLabel ?? message("form.header.parent"), style: S.headerBlock });
  m(H.parentLabel.row, 1, H.parentLabel.row, 2);
  p({ row: H.parent.row, col: 1, value: o.parent ?? null, style: S.headerInput, locked: false });
  m(H.parent.row, 1, H.parent.row, 2);
  p({ row: H.unitLabel.row, col: 1, value: o.unitLabel ?? message("form.header.unit"), style: S.headerBlock });
  m(H.unitLabel.row, 1, H.unitLabel.row, 2);
  p({ row: H.unit.row, col: 1, value: o.unit ?? null, style: S.headerInput, locked: false });
  m(H.unit.row, 1, H.unit.row, 2);
  p({ row: H.number.row, col: 1, value: message("form.header.number"), style: { ...S.headerBlock, font: { size: 12 } }, locked: false });
  m(H.number.row, 1, H.number.row, 2);

  p({ row: 1, col: 3, value: message("form.header.republic"), style: S.republic });
  m(1, 3, 1, C.note);
  p({ row: 2, col: 3, value: message("form.header.motto"), style: S.motto });
  m(2, 3, 2, C.note);
  const dateRef = a1(H.date.row, H.date.col);
  const blankLine = message("form.header.dateLine", { year: String(year) });
  // DAY/MONTH/YEAR rather than TEXT(): TEXT's format codes change with the program's language.
  const parts: Record<string, string> = { "{day}": `DAY(${dateRef})`, "{month}": `MONTH(${dateRef})`, "{year}": `YEAR(${dateRef})` };
  const filled = message("form.header.dateLineFilled")
    .split(/(\{day\}|\{month\}|\{year\})/)
    .map((part) => parts[part] ?? `"${part.replace(/"/g, '""')}"`)
    .filter((part) => part !== '""')
    .join("&");
  const cachedLine = o.dateSerial === undefined ? blankLine : filledLine(o.dateSerial);
  p({ row: H.dateLine.row, col: H.dateLine.col, formula: `IF(ISNUMBER(${dateRef}),${filled},"${blankLine}")`, cached: cachedLine, style: S.dateLine });
  m(H.dateLine.row, H.dateLine.col, H.dateLine.row, C.note);
  p({ row: H.dateLabel.row, col: H.dateLabel.col, value: message("form.header.reportDate"), style: { ...S.left, horizontal: "right" } });
  p({
    row: H.date.row,
    col: H.date.col,
    value: o.dateSerial ?? null,
    style: { ...S.headerInput, font: { size: 12 }, numFmt: "dd/mm/yyyy" },
    locked: false,
    validation: {
      type: "date",
      min: `${year}-01-01`,
      max: `${year + 1}-12-31`,
      prompt: { title: message("form.prompt.date.title"), text: message("form.prompt.date.text", { year: String(year) }) },
      error: { title: message("form.error.date.title"), text: message("form.error.date.text", { year: String(year), nextYear: String(year + 1) }) },
    },
  });
  m(H.date.row, H.date.col, H.date.row, C.people);
  p({ row: H.marker.row, col: H.marker.col, value: o.marker, style: S.hiddenCode });
}

function filledLine(serial: number): string {
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return message("form.header.dateLineFilled", { day: String(d.getUTCDate()), month: String(d.getUTCMonth() + 1), year: String(d.getUTCFullYear()) });
}

export function signature(row: number, p: Put, m: Merge): void {
  p({ row, col: 1, value: message("form.sign.recipients"), style: { ...S.leftBold, font: { bold: true, italic: true, size: 12 } } });
  m(row, 1, row, 2);
  p({ row: row + 1, col: 1, value: message("form.sign.recipientsLine"), style: S.left });
  m(row + 1, 1, row + 1, 2);
  p({ row, col: 3, value: message("form.sign.title"), style: S.signTitle });
  m(row, 3, row, C.note);
  p({ row: row + 1, col: 3, value: message("form.sign.hint"), style: S.signHint });
  m(row + 1, 3, row + 1, C.note);
}
