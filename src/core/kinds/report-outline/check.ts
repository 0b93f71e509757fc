/**
 * The report outline's fields judged by type: text kept as written, a choice matched to
 * its list, whole numbers and money as number cells, dates read day first. Then the
 * rules across fields: the unit's name is required, the ceremony falls in the Week, the
 * report is not dated after today.
 */
import type { OutlineFinding } from "./rules";
import { a1, getCell, type RawCell } from "../../cells";
import { weekOf } from "../../forms";
import type { OutlineField } from "./schema";
import { normalizeText, textOf, itemName } from "../../text";
import type { LocatedOutline, OutlineFieldPlace, FieldValue } from "./types";
import { excelSerialToIso, formatDateVi, isDateFormat } from "../../numbers";
import { readNumberCell, readDateCell, futureDate, type ExcludedCell, type Fix } from "../../check";
import type { Findings } from "../../problems";

export interface OutlineRead {
  fields: Record<string, FieldValue>;
  cells: Record<string, string>;
  excluded: ExcludedCell[];
  fixes: Fix[];
}

/** A field's content: a cell of the sheet, or the text after its label's colon. */
interface Content {
  raw: RawCell | undefined;
  cell?: string;
}

export function checkOutline(loc: LocatedOutline, today: string, found: Findings<OutlineFinding>): OutlineRead {
  const out: OutlineRead = { fields: {}, cells: {}, excluded: [], fixes: [] };
  for (const field of loc.form.fields) {
    const content = contentOf(loc, field);
    const item = itemName(field.label);
    const where = { rowCode: field.code, ...(content.cell ? { cell: content.cell } : {}) };
    const value = readField(field, content, item, where);
    if (value === undefined) {
      if (field.required) found.emit("check.field.required", where, { item: field.label });
      continue;
    }
    if (value === null) {
      out.excluded.push({ rowCode: field.code, measure: "field", cell: content.cell ?? "" });
      continue;
    }
    out.fields[field.code] = value;
    if (content.cell) out.cells[field.code] = content.cell;
  }

  const ceremony = out.fields[loc.form.ceremony.date];
  if (typeof ceremony === "string") {
    const week = weekOf(loc.year);
    if (ceremony < week.start || ceremony > week.end) {
      found.emit("check.ceremony.outsideWeek", { rowCode: loc.form.ceremony.date, ...(out.cells[loc.form.ceremony.date] ? { cell: out.cells[loc.form.ceremony.date] } : {}) }, { date: formatDateVi(ceremony), year: loc.year, start: formatDateVi(week.start), end: formatDateVi(week.end) });
    }
  }
  const date = out.fields["doc.date"];
  if (typeof date === "string") futureDate(date, out.cells["doc.date"], today, found);
  return out;

  /** undefined: blank; null: kept out by an error. */
  function readField(field: OutlineField, content: Content, item: string, where: { rowCode: string; cell?: string }): FieldValue | undefined | null {
    const { raw } = content;
    if (field.type === "whole" || field.type === "money") {
      const outcome = readNumberCell(raw, { sheet: loc.sheet.name, cell: content.cell ?? "", rowCode: field.code, item, measure: field.type === "money" ? "amount" : "people" }, found, out.fixes);
      return outcome.kind === "value" ? outcome.value : outcome.kind === "blank" ? undefined : null;
    }
    if (raw?.kind === "error") {
      found.emit("check.cell.formulaError", where, { item, error: raw.value });
      return null;
    }
    if (field.type === "date") {
      const d = readDateCell(raw);
      if (d.kind === "blank") return undefined;
      if (d.kind === "date") return d.iso;
      found.emit("check.field.date", where, { item, text: d.text, year: loc.year });
      return null;
    }
    const text = shownText(raw);
    if (text === "") return undefined;
    if (field.type === "text") return text;
    const choice = field.choices!.find((c) => normalizeText(c) === normalizeText(text));
    if (choice !== undefined) return choice;
    found.emit("check.field.choice", where, { item, text, choices: field.choices!.join("; ") });
    return null;
  }
}

/** Numbers in a text field as shown: a date-formatted serial as a day-first date. */
function shownText(raw: RawCell | undefined): string {
  if (raw?.kind === "number" && isDateFormat(raw.numFmt)) {
    const iso = excelSerialToIso(raw.value);
    if (iso) return formatDateVi(iso);
  }
  return textOf(raw).trim();
}

function contentOf(loc: LocatedOutline, field: OutlineField): Content {
  const place: OutlineFieldPlace | undefined = loc.fields.get(field.code);
  const fromPlace = place ? placeContent(loc, place) : undefined;
  if (fromPlace && fromPlace.raw !== undefined && textOf(fromPlace.raw).trim() !== "") return fromPlace;
  if (!field.header) return fromPlace ?? { raw: undefined };
  const h = loc.header;
  const text = field.code === "org.name" ? h.unit : field.code === "org.parent" ? h.parent : field.code === "doc.number" ? h.docNumber : undefined;
  if (text) return { raw: { kind: "string", value: text.text }, cell: text.cell };
  if (field.code === "org.name") return { raw: undefined, cell: h.unitCell };
  if (field.code === "doc.date" && h.date) {
    if ("text" in h.date) return { raw: { kind: "string", value: dateOnly(h.date.text) }, cell: h.date.cell };
    return { raw: getCell(loc.sheet, h.date.row, h.date.col), cell: a1(h.date.row, h.date.col) };
  }
  return fromPlace ?? { raw: undefined };
}

function placeContent(loc: LocatedOutline, place: OutlineFieldPlace): Content {
  const cell = a1(place.row, place.col);
  if ("text" in place) return { raw: { kind: "string", value: place.text }, cell };
  return { raw: getCell(loc.sheet, place.row, place.col), cell };
}

/** The date line ".........., ngày 12 tháng 10 năm 2025" holds a place name before the date. */
function dateOnly(line: string): string {
  const m = /ngày\s*\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4}/iu.exec(line.normalize("NFC"));
  return m ? m[0] : line;
}

