import type { PageSetup as ExcelPageSetup, PaperSize, RowBreak, Worksheet } from "exceljs";
import type { PageSetup } from "../../core/sheet";
import { a1 } from "../../core/cells";

const A4 = 9 as PaperSize;

/** Print setup: A4, one page wide, header rows repeated on every page. */
export function applyPage(ws: Worksheet, page: PageSetup): void {
  const setup: Partial<ExcelPageSetup> = { paperSize: A4, orientation: page.orientation };
  if (page.fitToWidth) {
    // fitToHeight 0 means "as many pages tall as needed": only the width is squeezed.
    Object.assign(setup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  }
  if (page.margins) setup.margins = { ...page.margins };
  if (page.printArea !== undefined) setup.printArea = printArea(page.printArea);
  if (page.repeatRows) setup.printTitlesRow = titleRows(page.repeatRows);
  if (page.repeatCols) setup.printTitlesColumn = titleCols(page.repeatCols);
  if (page.horizontalCentered) setup.horizontalCentered = true;
  if (page.scale !== undefined) setup.scale = checkedScale(page.scale);
  if (page.blackAndWhite) setup.blackAndWhite = true;
  Object.assign(ws.pageSetup, setup);
}

/**
 * What a worksheet keeps outside its page setup: the footer and the manual row breaks.
 * Both writers call it on the very worksheet they write (the streaming writer writes
 * them when the sheet is committed).
 */
export function applyPageMarks(ws: Worksheet, page: PageSetup): void {
  if (page.footer !== undefined) ws.headerFooter = { ...ws.headerFooter, oddFooter: page.footer };
  for (const row of page.rowBreaks ?? []) {
    if (!Number.isInteger(row) || row < 1) throw new Error(`A page break goes after a 1-based row, got ${row}`);
    // What `row.addPageBreak()` pushes, without `getRow`, which would reopen a row the
    // streaming writer has already written out.
    // ExcelJS's typings leave the worksheet's own `rowBreaks` out; both worksheets hold one.
    (ws as unknown as { rowBreaks: Omit<RowBreak, "min">[] }).rowBreaks.push({ id: row, max: 16383, man: 1 });
  }
}

function checkedScale(scale: number): number {
  if (!Number.isInteger(scale) || scale < 10 || scale > 400) throw new Error(`Print scale must be a whole percent from 10 to 400, got ${scale}`);
  return scale;
}

/**
 * ExcelJS writes the print area as `$${from}:$${to}`, which for "A1:F60" gives
 * `$A1:$F60`: rows relative to the active cell, so the area would drift. Handing it
 * "A$1:F$60" makes it write the absolute `$A$1:$F$60`.
 */
export function printArea(range: string): string {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+):\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(range.trim());
  if (!m) throw new Error(`Print area must be an A1 range like "A1:F60", got ${JSON.stringify(range)}`);
  return `${m[1]!.toUpperCase()}$${m[2]}:${m[3]!.toUpperCase()}$${m[4]}`;
}

function titleCols([first, last]: [number, number]): string {
  titleRows([first, last]);
  return `${a1(1, first).replace(/\d+$/, "")}:${a1(1, last).replace(/\d+$/, "")}`;
}

function titleRows([first, last]: [number, number]): string {
  if (!Number.isInteger(first) || !Number.isInteger(last) || first < 1 || last < first) {
    throw new Error(`Repeated rows must be 1-based and ordered, got ${first}:${last}`);
  }
  return `${first}:${last}`;
}
