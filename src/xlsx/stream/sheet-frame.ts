/**
 * Everything of a worksheet part but its rows: what comes before `<sheetData>` and what
 * after, in the schema's order. Settings are derived by the ExcelJS writer's own helpers
 * (view, page setup, footer and breaks, applied to a plain object standing in for a
 * worksheet) so the two writers cannot drift apart in what they accept or set.
 */
import type { PartWriter } from "./zip";
import type { PageSetup as ExcelPageSetup, Worksheet, WorksheetView } from "exceljs";
import { a1 } from "../../core/cells";
import type { SheetDescription } from "../../core/sheet";
import { applyPage, applyPageMarks } from "../writer/page";
import { parseRange, type Box } from "../writer/ranges";
import { applyView } from "../writer/view";
import { xmlText } from "./escape";

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
/** ExcelJS's default column width: a column of this width and not hidden is not written. */
const DEFAULT_WIDTH = 9;
const DEFAULT_MARGINS = { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };

export interface PageParts {
  setup: Partial<ExcelPageSetup>;
  footer?: string;
  rowBreaks: number[];
}

/** The page setup, footer and breaks the ExcelJS writer would give the sheet. */
export function pageParts(sheet: SheetDescription): PageParts {
  const probe = { pageSetup: {}, headerFooter: {}, rowBreaks: [] as { id: number }[] };
  if (sheet.page) {
    applyPage(probe as unknown as Worksheet, sheet.page);
    applyPageMarks(probe as unknown as Worksheet, sheet.page);
  }
  const footer = (probe.headerFooter as { oddFooter?: string }).oddFooter;
  return { setup: probe.pageSetup, ...(footer ? { footer } : {}), rowBreaks: probe.rowBreaks.map((b) => b.id) };
}

export function sheetHead(sheet: SheetDescription, selected: boolean, page: PageParts, columns: Map<number, { width?: number; hidden?: boolean }>): string {
  const probe = {} as { views: Partial<WorksheetView & { tabSelected: boolean; xSplit: number; ySplit: number; topLeftCell: string }>[] };
  applyView(probe as unknown as Worksheet, sheet, selected);
  const v = probe.views[0]!;
  let out = HEAD;
  if (page.setup.fitToPage) out += '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
  out += `<sheetViews><sheetView workbookViewId="0"${v.tabSelected ? ' tabSelected="1"' : ""}${v.showGridLines === false ? ' showGridLines="0"' : ""}`;
  if (v.state === "frozen") {
    const pane = v.xSplit && v.ySplit ? "bottomRight" : v.xSplit ? "topRight" : "bottomLeft";
    out += `><pane${v.xSplit ? ` xSplit="${v.xSplit}"` : ""}${v.ySplit ? ` ySplit="${v.ySplit}"` : ""} topLeftCell="${v.topLeftCell}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView></sheetViews>`;
  } else out += "/></sheetViews>";
  out += '<sheetFormatPr defaultRowHeight="15"/>';
  return out + colsXml(columns) + "<sheetData>";
}

/** Runs of equal columns, as ExcelJS collapses them; a column left at the default is not written. */
function colsXml(columns: Map<number, { width?: number; hidden?: boolean }>): string {
  const runs: { min: number; max: number; width?: number; hidden: boolean }[] = [];
  for (const col of [...columns.keys()].sort((a, b) => a - b)) {
    const c = columns.get(col)!;
    const hidden = Boolean(c.hidden);
    if (!hidden && (c.width === undefined || c.width === DEFAULT_WIDTH)) continue;
    const last = runs[runs.length - 1];
    if (last && last.max === col - 1 && last.width === c.width && last.hidden === hidden) last.max = col;
    else runs.push({ min: col, max: col, width: c.width, hidden });
  }
  if (runs.length === 0) return "";
  const one = (r: (typeof runs)[number]) => {
    const width = r.width ?? DEFAULT_WIDTH;
    return `<col min="${r.min}" max="${r.max}"${width ? ` width="${width}"` : ""}${r.hidden ? ' hidden="1"' : ""} customWidth="1"/>`;
  };
  return `<cols>${runs.map(one).join("")}</cols>`;
}

export interface Tail {
  merges: Box[];
  validations: string;
}

/** Writes the sheet's end into `part`: a country's Chi tiết has 100,000 merges, written one by one rather than as one string. */
export function writeSheetTail(part: Pick<PartWriter, "text" | "ascii">, sheet: SheetDescription, page: PageParts, tail: Tail): void {
  let out = "</sheetData>";
  if (sheet.protect) {
    out += `<sheetProtection sheet="1" formatColumns="0" formatRows="0"${sheet.autoFilter !== undefined ? ' autoFilter="0"' : ""} objects="1" scenarios="1"/>`;
  }
  if (sheet.autoFilter !== undefined) out += `<autoFilter ref="${area(parseRange(sheet.autoFilter, sheet.name))}"/>`;
  if (tail.merges.length) {
    part.text(out);
    part.ascii(`<mergeCells count="${tail.merges.length}">`);
    for (const m of tail.merges) part.ascii(`<mergeCell ref="${area(m)}"/>`);
    out = "</mergeCells>";
  }
  out += tail.validations;
  const s = page.setup;
  if (s.horizontalCentered) out += '<printOptions horizontalCentered="1"/>';
  const m = { ...DEFAULT_MARGINS, ...s.margins };
  out += `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`;
  out += `<pageSetup${s.paperSize !== undefined ? ` paperSize="${s.paperSize}"` : ""} orientation="${s.orientation ?? "portrait"}" horizontalDpi="4294967295" verticalDpi="4294967295"`;
  out += `${s.blackAndWhite ? ' blackAndWhite="1"' : ""} scale="${s.scale ?? 100}" fitToWidth="${s.fitToWidth ?? 1}" fitToHeight="${s.fitToHeight ?? 1}"/>`;
  if (page.footer) out += `<headerFooter><oddFooter>${xmlText(page.footer)}</oddFooter></headerFooter>`;
  if (page.rowBreaks.length) {
    out += `<rowBreaks count="${page.rowBreaks.length}" manualBreakCount="${page.rowBreaks.length}">${page.rowBreaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join("")}</rowBreaks>`;
  }
  part.text(out + "</worksheet>");
}

/** "A1:B2", corners always both written, as ExcelJS writes filters and merges. */
function area(b: Box): string {
  return `${a1(b.top, b.left)}:${a1(b.bottom, b.right)}`;
}
