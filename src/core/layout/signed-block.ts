/**
 * The header and the signature block of a document an official signs as it is printed
 * (Nghị định 30/2020/NĐ-CP): on the left the parent body and the body's name, as given
 * or as blank lines to write on (never the form's placeholder words), and "Số: …/BC-…";
 * on the right the national title, the motto and "<place>, ngày … tháng … năm <year>";
 * at the foot "NGƯỜI LẬP BIỂU" and the head of the office, then "Nơi nhận:".
 */
import { message } from "../messages";
import { PAGE_COLS as C } from "./page-grid";
import { S } from "./styles";
import type { Merge, Put } from "./cell-sink";

export interface SignedOptions {
  parent?: string;
  unit?: string;
  /** The place of the date line; blank dots to write on when not given. */
  place?: string;
  /** ISO day of the report, when given: otherwise the day and month are left to fill. */
  date?: string;
  /** The head's title, "THỦ TRƯỞNG ĐƠN VỊ" when not given. */
  head?: string;
}

/** Where the body's name sits in a signed header (the sheet's `HTSD_UNIT` name points here). */
export const SIGNED_UNIT = { row: 2, col: 1 } as const;
/** Rows of the signed header; the rows below it up to the form's title stay empty. */
export const SIGNED_HEADER_ROWS = 3;

const plain = { font: { size: 12 }, horizontal: "center", vertical: "middle", wrap: true } as const;

export function signedHeader(o: SignedOptions, year: number, p: Put, m: Merge): void {
  const blank = message("form.signed.blankName");
  p({ row: 1, col: 1, value: o.parent ?? blank, style: plain, locked: false });
  m(1, 1, 1, 2);
  p({ row: SIGNED_UNIT.row, col: SIGNED_UNIT.col, value: o.unit ?? blank, style: S.headerBlock, locked: false });
  m(SIGNED_UNIT.row, 1, SIGNED_UNIT.row, 2);
  p({ row: 3, col: 1, value: message("form.signed.number"), style: plain, locked: false });
  m(3, 1, 3, 2);

  p({ row: 1, col: 3, value: message("form.header.republic"), style: S.republic });
  m(1, 3, 1, C.note);
  p({ row: 2, col: 3, value: message("form.header.motto"), style: S.motto });
  m(2, 3, 2, C.note);
  p({ row: 3, col: 3, value: dateLine(o, year), style: S.dateLine, locked: false });
  m(3, 3, 3, C.note);
}

export function dateLine(o: Pick<SignedOptions, "place" | "date">, year: number): string {
  const place = o.place ?? message("form.signed.blankPlace");
  const day = o.date === undefined ? undefined : /^(\d{4})-(\d{2})-(\d{2})/.exec(o.date);
  if (!day) return message("form.signed.dateLine", { place, year: String(year) });
  return message("form.signed.dateLineFilled", { place, day: String(Number(day[3])), month: String(Number(day[2])), year: day[1]! });
}

/** Rows the signature block takes from its first row. */
export const SIGNATURE_ROWS = 8;
/** Blank rows left to sign in, between the hints and "Nơi nhận:". */
const SIGN_SPACE = 3;

export function signedSignature(row: number, o: Pick<SignedOptions, "head">, p: Put, m: Merge): void {
  p({ row, col: 1, value: message("form.signed.maker"), style: S.signTitle });
  m(row, 1, row, 2);
  p({ row: row + 1, col: 1, value: message("form.signed.makerHint"), style: S.signHint });
  m(row + 1, 1, row + 1, 2);
  p({ row, col: 3, value: o.head ?? message("form.signed.head"), style: S.signTitle });
  m(row, 3, row, C.note);
  p({ row: row + 1, col: 3, value: message("form.signed.headHint"), style: S.signHint });
  m(row + 1, 3, row + 1, C.note);
  const at = row + 2 + SIGN_SPACE;
  p({ row: at, col: 1, value: message("form.sign.recipients"), style: { ...S.leftBold, font: { bold: true, italic: true, size: 12 } } });
  p({ row: at + 1, col: 1, value: message("form.signed.recipientsAbove"), style: S.left });
  p({ row: at + 2, col: 1, value: message("form.signed.recipientsFile"), style: S.left });
  for (const r of [at, at + 1, at + 2]) m(r, 1, r, 2);
}
