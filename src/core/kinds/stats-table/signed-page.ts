/**
 * The statistics table printed to be signed as it is: black on white, at a fixed scale
 * that fits its columns to A4 portrait, with page breaks between sections only, never a
 * page with fewer than five rows of the table or with the totals alone.
 */
import { a1 } from "../../cells";
import { DEFAULT_ROW_POINTS, DOCUMENT_MARGINS, documentFooter, fitScale, pageBreaks, printSafe } from "../../layout";
import type { SheetDescription } from "../../sheet";
import type { StatsTableForm } from "./schema";
import { STATS_COLS as C, STATS_HEADER as H, rowOf } from "./grid";

const MIN_ROWS_ON_A_PAGE = 5;

export function signedPage(sheet: SheetDescription, form: StatsTableForm, lastRow: number): SheetDescription {
  const printed = sheet.columns.filter((c) => !c.hidden && c.col <= C.note);
  const scale = fitScale(printed.map((c) => c.width), "portrait");
  const heights = new Map((sheet.rowHeights ?? []).map((r) => [r.row, r.height]));
  const rows = form.rows.map((r) => rowOf(form, r.code));
  const starts = form.rows.filter((r) => r.stt !== "").map((r) => rowOf(form, r.code)).sort((a, b) => a - b);
  const rowBreaks = pageBreaks({
    height: (row) => heights.get(row) ?? DEFAULT_ROW_POINTS,
    last: lastRow,
    repeat: [H.head1, H.head2],
    starts,
    tableRows: rows,
    minRows: MIN_ROWS_ON_A_PAGE,
    scale,
    orientation: "portrait",
  });
  return {
    ...sheet,
    cells: printSafe(sheet.cells),
    page: {
      paper: "A4",
      orientation: "portrait",
      fitToWidth: false,
      scale,
      repeatRows: [H.head1, H.head2],
      margins: { ...DOCUMENT_MARGINS },
      printArea: `A1:${a1(lastRow, C.note)}`,
      rowBreaks,
      footer: documentFooter(),
      blackAndWhite: true,
    },
  };
}
