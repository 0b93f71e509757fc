/**
 * The report outline (seed 000) as a one-sheet form: the same administrative header as
 * the statistics table, then one row per field with its answer cell beside it. Choice
 * fields are drop-down lists and numbers are whole numbers, guarded by data validation.
 */
import type { SheetDescription, Validation } from "../../sheet";
import { message } from "../../messages";
import { a1 } from "../../cells";
import { encodeMarker, MARKER_NAME, UNIT_NAME } from "../../meta";
import { PAGE_COLS as C, PAGE_HEADER as H, adminHeader, signature, absRef, cellSink, signedHeader, signedSignature, SIGNED_UNIT, printSafe, documentFooter, type SignedOptions } from "../../layout";
import { excelSerial } from "../../consolidate";
import { S } from "../../layout/styles";
import { wrappedHeight } from "../../layout/row-height";
import type { OutlineField, ReportOutlineForm } from "./schema";

/** The answer cell spans C:F, so the printed page keeps the statistics table's width. */
export const OUTLINE_COLS = { stt: C.stt, label: C.label, value: C.unit, valueEnd: C.note, code: C.code } as const;

export interface OutlineSheetOptions {
  form: ReportOutlineForm;
  year: number;
  sheetName: string;
  unit?: string;
  parent?: string;
  /** Answers written in (a consolidator's own report): by field code, dates as ISO days. */
  values?: Readonly<Record<string, string | number>>;
  /** Headed and signed as a document printed as it is: names or blank lines, never placeholder words. */
  signed?: SignedOptions;
  /** Units the report covers (a consolidator's report covers many). */
  units?: number;
  /** A line printed under a field's row, by field code: where its figures came from (a consolidator's report). */
  notes?: Readonly<Record<string, string>>;
}

const HEAD_ROW = H.tableSubtitle + 1;

export function reportOutlineSheet(opts: OutlineSheetOptions): SheetDescription {
  const { form, year, sheetName } = opts;
  const { cells, merges, put, merge } = cellSink();
  const label = (code: string) => form.fields.find((f) => f.code === code)?.label;

  const marker = encodeMarker({ form: form.id, version: form.version, year, units: opts.units ?? 1 });
  if (opts.signed) {
    signedHeader(opts.signed, year, put, merge);
    put({ row: H.marker.row, col: H.marker.col, value: marker, style: S.hiddenCode });
  } else adminHeader({ year, parent: opts.parent, unit: opts.unit, marker, parentLabel: label("org.parent"), unitLabel: label("org.name") }, put, merge);

  put({ row: H.title, col: 1, value: form.title, style: S.title });
  merge(H.title, 1, H.title, C.note);
  put({ row: H.tableTitle, col: 1, value: form.subtitle.replace("{year}", String(year)), style: { ...S.title, font: { bold: true, size: 13 } } });
  merge(H.tableTitle, 1, H.tableTitle, C.note);

  put({ row: HEAD_ROW, col: OUTLINE_COLS.stt, value: form.columns.stt, style: S.tableHead });
  put({ row: HEAD_ROW, col: OUTLINE_COLS.label, value: form.columns.label, style: S.tableHead });
  put({ row: HEAD_ROW, col: OUTLINE_COLS.value, value: form.columns.value, style: S.tableHead });
  for (let col = OUTLINE_COLS.value + 1; col <= OUTLINE_COLS.valueEnd; col++) put({ row: HEAD_ROW, col, style: S.tableHead });
  merge(HEAD_ROW, OUTLINE_COLS.value, HEAD_ROW, OUTLINE_COLS.valueEnd);
  put({ row: HEAD_ROW, col: C.code, value: message("form.header.code"), style: S.hiddenCode });

  const rowHeights: { row: number; height: number }[] = [{ row: H.title, height: 24 }];
  let r = HEAD_ROW + 1;
  const openSections = form.sections.filter((s) => !s.before);
  for (const s of openSections) r = section(r, s.label);
  for (const field of form.fields.filter((f) => !f.header)) {
    for (const s of form.sections.filter((x) => x.before === field.code)) r = section(r, s.label);
    put({ row: r, col: OUTLINE_COLS.stt, value: field.stt || null, style: S.stt });
    put({ row: r, col: OUTLINE_COLS.label, value: field.label, style: S.label });
    const given = opts.values?.[field.code];
    const value = given === undefined ? null : field.type === "date" && typeof given === "string" ? (excelSerial(given) ?? given) : given;
    put({ row: r, col: OUTLINE_COLS.value, value, style: valueStyle(field), locked: false, validation: validationFor(field, year) });
    for (let col = OUTLINE_COLS.value + 1; col <= OUTLINE_COLS.valueEnd; col++) put({ row: r, col, style: S.inputText, locked: false });
    merge(r, OUTLINE_COLS.value, r, OUTLINE_COLS.valueEnd);
    put({ row: r, col: C.code, value: field.code, style: S.hiddenCode });
    rowHeights.push({ row: r, height: Math.min(409, Math.max(wrappedHeight(field.label, 46), field.type === "text" ? 48 : 0, typeof given === "string" ? wrappedHeight(given, 56) : 0)) });
    r++;
    const note = opts.notes?.[field.code];
    for (const text of [...(note !== undefined ? [note] : []), ...(form.remarks ?? []).filter((x) => x.after === field.code).map((x) => x.text)]) {
      put({ row: r, col: 1, value: text, style: { ...S.left, font: { italic: true, size: 12 } } });
      merge(r, 1, r, C.note);
      rowHeights.push({ row: r, height: wrappedHeight(text, 100) });
      r++;
    }
  }
  const signRow = r + 1;
  if (opts.signed) signedSignature(signRow, opts.signed, put, merge);
  else signature(signRow, put, merge);
  const unitCell = opts.signed ? SIGNED_UNIT : H.unit;

  return {
    name: sheetName,
    columns: [
      { col: C.stt, width: 6 },
      { col: C.label, width: 46 },
      { col: C.unit, width: 13 },
      { col: C.count, width: 15 },
      { col: C.people, width: 12 },
      { col: C.note, width: 16 },
      { col: C.code, width: 12, hidden: true },
    ],
    rowHeights,
    cells: opts.signed ? printSafe(cells) : cells,
    merges,
    page: {
      paper: "A4",
      orientation: "portrait",
      fitToWidth: true,
      repeatRows: [HEAD_ROW, HEAD_ROW],
      margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printArea: `A1:${a1(signRow + (opts.signed ? 7 : 1), C.note)}`,
      horizontalCentered: true,
      ...(opts.signed ? { footer: documentFooter(), blackAndWhite: true } : {}),
    },
    protect: true,
    definedNames: [
      { name: MARKER_NAME, formula: absRef(sheetName, H.marker.row, H.marker.col), local: true },
      { name: UNIT_NAME, formula: absRef(sheetName, unitCell.row, unitCell.col), local: true },
    ],
    gridlines: false,
  };

  function section(row: number, text: string): number {
    put({ row, col: 1, value: text, style: { ...S.labelBold, fill: "header" } });
    for (let col = 2; col <= C.note; col++) put({ row, col, style: S.labelBold });
    merge(row, 1, row, C.note);
    return row + 1;
  }
}

function valueStyle(field: OutlineField) {
  if (field.type === "whole" || field.type === "money") return S.input;
  if (field.type === "date") return { ...S.inputText, horizontal: "center" as const, numFmt: "dd/mm/yyyy" };
  return { ...S.inputText, vertical: "top" as const };
}

/** Excel shows at most 32 characters of a prompt's title: the field's own label, cut at a word. */
const PROMPT_TITLE_MAX = 32;

export function promptTitle(field: OutlineField): string {
  const label = field.label.includes(":") ? field.label.slice(field.label.indexOf(":") + 1).trim() : field.label;
  if (label.length <= PROMPT_TITLE_MAX) return label;
  const cut = label.slice(0, PROMPT_TITLE_MAX - 1);
  const space = cut.lastIndexOf(" ");
  return (space > PROMPT_TITLE_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:(]+$/, "") + "…";
}

function validationFor(field: OutlineField, year: number): Validation | undefined {
  const whole = { title: message("form.error.whole.title"), text: message("form.error.whole.text") };
  switch (field.type) {
    case "whole":
      return { type: "whole", min: 0, max: 1e9, prompt: { title: promptTitle(field), text: message("form.prompt.people.text") }, error: whole };
    case "money":
      return { type: "whole", min: 0, max: 1e13, prompt: { title: promptTitle(field), text: message("form.prompt.amount.text") }, error: whole };
    case "choice":
      return {
        type: "list",
        values: field.choices ?? [],
        prompt: { title: promptTitle(field), text: message("form.prompt.choice.text") },
        error: { title: message("form.error.choice.title"), text: message("form.error.choice.text") },
      };
    case "date":
      return {
        type: "date",
        min: `${year}-01-01`,
        max: `${year + 1}-12-31`,
        prompt: { title: promptTitle(field), text: message("form.prompt.date.text", { year: String(year) }) },
        error: { title: message("form.error.date.title"), text: message("form.error.date.text", { year: String(year), nextYear: String(year + 1) }) },
      };
    default:
      return undefined;
  }
}
