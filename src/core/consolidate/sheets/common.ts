/**
 * What the three consolidation sheets share: their names, styles, dates as spreadsheet
 * serial numbers, and the blank-preserving sum. Only formulas this module builds from
 * sheet names, cell addresses and form data are ever written as formulas; every text
 * that came from a submission is written as a plain value.
 */
import { message } from "../../messages";
import type { CellStyle, PageSetup } from "../../sheet";
import { isoDay } from "../identity";
import type { Totals } from "../types";

export interface SummaryNames {
  summary: string;
  detail: string;
  log: string;
  /**
   * The consolidator's own report, for a kind that drafts one (the report outline); none
   * when absent (the pane inserts the three sheets it names).
   */
  report?: string;
}

export interface SummaryContext {
  /** ISO date (a time may follow) of the consolidation, for the log's header: the core has no clock. */
  date: string;
  /** The consolidating unit, written in the summary's header. */
  unit?: string;
  parent?: string;
  /** The place of the summary's date line ("Hà Nội"); dots to write on when not given. */
  place?: string;
  /** The summary's own date (ISO day), when given; otherwise its day and month are left to fill. */
  reportDate?: string;
  /** The title of the head who signs, "THỦ TRƯỞNG ĐƠN VỊ" when not given. */
  head?: string;
  /**
   * The folder that was consolidated, as the files' paths begin: files are shown relative
   * to it, never as the consolidator's absolute paths. The pane has names only and gives none.
   */
  folder?: string;
  /**
   * Another form's figures from beside the files consolidated (a report outline's own report
   * states the statistics table's participants and funding where the outline asks for them).
   */
  stats?: StatsFigures;
}

/** What the files of another form (a statistics table: a summary of many, or the tables of the same inbox) give an own report. */
export interface StatsFigures {
  /** The form the figures were summed from. */
  form: string;
  /** Units the table covers. */
  units: number;
  participation: Totals["participation"];
  funding: Totals["funding"];
}

/** What a summary signed as printed is headed and signed with, from the context: only what was given. */
export function signedBy(ctx: SummaryContext): { parent?: string; unit?: string; place?: string; date?: string; head?: string } {
  return {
    ...(ctx.parent !== undefined ? { parent: ctx.parent } : {}),
    ...(ctx.unit !== undefined ? { unit: ctx.unit } : {}),
    ...(ctx.place !== undefined ? { place: ctx.place } : {}),
    ...(ctx.reportDate !== undefined ? { date: ctx.reportDate } : {}),
    ...(ctx.head !== undefined ? { head: ctx.head } : {}),
  };
}

/** A file as the sheets show it: its path below the consolidated folder. */
export function fileLabel(file: string, folder: string | undefined): string {
  if (folder === undefined || folder === "") return file;
  const base = folder.replace(/[\\/]+$/, "");
  const head = file.slice(0, base.length + 1);
  if (head.length === base.length + 1 && head.slice(0, base.length) === base && /[\\/]/.test(head.slice(-1))) return file.slice(base.length + 1);
  return file;
}

export function defaultSheetNames(): SummaryNames {
  return { summary: message("consolidate.sheet.summary"), detail: message("consolidate.sheet.detail"), log: message("consolidate.sheet.log"), report: message("consolidate.sheet.report") };
}

/** Days since 1899-12-30, as spreadsheets store dates; undefined for anything but a real ISO day. */
export function excelSerial(iso: string | undefined): number | undefined {
  const day = iso === undefined ? undefined : isoDay(iso);
  if (day === undefined) return undefined;
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86400000 + 25569;
}

/** `2025-10-12T09:30` → `12/10/2025 09:30`; anything else as given. */
export function stampVi(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}${m[4] !== undefined ? ` ${m[4]}:${m[5]}` : ""}` : iso;
}

export const D = {
  head: { font: { bold: true, size: 11 }, horizontal: "center", vertical: "middle", wrap: true, border: true, fill: "header" },
  text: { font: { size: 11 }, horizontal: "left", vertical: "middle", wrap: true, border: true },
  textBold: { font: { bold: true, size: 11 }, horizontal: "left", vertical: "middle", wrap: true, border: true },
  center: { font: { size: 11 }, horizontal: "center", vertical: "middle", border: true },
  number: { font: { size: 11 }, horizontal: "right", vertical: "middle", border: true, numFmt: "#,##0" },
  total: { font: { bold: true, size: 11 }, horizontal: "right", vertical: "middle", border: true, fill: "total", numFmt: "#,##0" },
  date: { font: { size: 11 }, horizontal: "center", vertical: "middle", border: true, numFmt: "dd/mm/yyyy" },
  title: { font: { bold: true, size: 14 }, horizontal: "center", vertical: "middle", wrap: true },
  subtitle: { font: { italic: true, size: 12 }, horizontal: "center", vertical: "middle", wrap: true },
  section: { font: { bold: true, size: 12 }, horizontal: "left", vertical: "middle" },
  plain: { font: { size: 11 }, horizontal: "left", vertical: "middle" },
} as const satisfies Record<string, CellStyle>;

/**
 * A table printed across landscape pages at a fixed scale, so that its 11 pt text prints at
 * 9 pt or more (fitting many columns to the width would shrink it unreadably), with
 * "Trang x/y" below.
 */
export const TABLE_SCALE = 82;
export function tablePage(): PageSetup {
  return {
    paper: "A4",
    orientation: "landscape",
    fitToWidth: false,
    scale: TABLE_SCALE,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    footer: `&C&"Times New Roman"&10${message("form.signed.footer")}`,
  };
}

export const LANDSCAPE = {
  paper: "A4",
  orientation: "landscape",
  fitToWidth: true,
  margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
} as const;
