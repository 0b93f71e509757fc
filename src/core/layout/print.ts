/**
 * A sheet printed as a signed document (Nghị định 30/2020/NĐ-CP): A4, margins of the
 * administrative format, black on white, a fixed scale so that the page breaks we set are
 * the ones printed, "Trang x/y" in the footer.
 */
import { message } from "../messages";
import type { CellDescription, PageSetup } from "../sheet";

/** Inches: top and bottom 20 mm, left 30 mm, right 18 mm (NĐ 30: 20–25, 20–25, 30–35, 15–20). */
export const DOCUMENT_MARGINS = { left: 1.2, right: 0.7, top: 0.8, bottom: 0.8, header: 0.3, footer: 0.3 } as const;
const A4_INCHES = { width: 8.27, height: 11.69 } as const;
const POINTS_PER_INCH = 72;
/**
 * Points a character of column width takes on paper. Excel gives about 5.5 (7 px); LibreOffice,
 * measured on its PDF of our summary, 7.0: the wider is taken, so a page fits in both.
 */
const POINTS_PER_CHAR = 7.0;
/** A row without a height of its own: one line of Times New Roman 12. */
export const DEFAULT_ROW_POINTS = 16;

export function documentFooter(): string {
  return `&C&"Times New Roman"&10${message("form.signed.footer")}`;
}

type Orientation = PageSetup["orientation"];

function printable(orientation: Orientation, margins: PageSetup["margins"] = DOCUMENT_MARGINS): { width: number; height: number } {
  const [w, h] = orientation === "portrait" ? [A4_INCHES.width, A4_INCHES.height] : [A4_INCHES.height, A4_INCHES.width];
  const m = margins ?? DOCUMENT_MARGINS;
  return { width: (w - m.left - m.right) * POINTS_PER_INCH, height: (h - m.top - m.bottom) * POINTS_PER_INCH };
}

/** Points a column of `width` characters takes on paper at 100 %. */
export function columnPoints(width: number): number {
  return width * POINTS_PER_CHAR;
}

/** The largest whole percent at which the columns fit the page width (at most 100). */
export function fitScale(widths: readonly number[], orientation: Orientation, margins?: PageSetup["margins"]): number {
  const total = widths.reduce((s, w) => s + columnPoints(w), 0);
  return Math.max(10, Math.min(100, Math.floor((printable(orientation, margins).width / total) * 100)));
}

export interface BreakPlan {
  /** Height in points of each row from 1 to `last`. */
  height(row: number): number;
  last: number;
  /** Rows repeated at the top of every page. */
  repeat: [number, number];
  /** Rows a page may start at (a section's first row). */
  starts: readonly number[];
  /** The table's rows: a page holding rows of the table holds at least `minRows` of them. */
  tableRows: readonly number[];
  minRows: number;
  scale: number;
  orientation: Orientation;
  margins?: PageSetup["margins"];
}

/**
 * The rows after which a page ends: each page as full as it can be with whole sections,
 * never a page that starts with fewer than `minRows` rows of the table left (so the last
 * rows and the totals are never alone). The height is estimated a little short of the
 * page, so the program never needs a break of its own before ours.
 */
export function pageBreaks(p: BreakPlan): number[] {
  const capacity = (printable(p.orientation, p.margins).height * 0.96 * 100) / p.scale;
  const repeated = sumHeights(p, p.repeat[0], p.repeat[1]);
  const lastTableRow = Math.max(...p.tableRows);
  const tableRowsFrom = (row: number) => p.tableRows.filter((r) => r >= row).length;
  const breaks: number[] = [];
  let top = 1;
  let used = 0;
  for (;;) {
    if (used + sumHeights(p, top, p.last) <= capacity) return breaks;
    let best: number | undefined;
    for (const s of p.starts) {
      if (s <= top || s > lastTableRow) continue;
      if (used + sumHeights(p, top, s - 1) > capacity) break;
      if (tableRowsFrom(s) >= p.minRows) best = s;
    }
    if (best === undefined) return breaks;
    breaks.push(best - 1);
    top = best;
    used = repeated;
  }
}

function sumHeights(p: BreakPlan, from: number, to: number): number {
  let s = 0;
  for (let r = from; r <= to; r++) s += p.height(r);
  return s;
}

/** Thousands grouped the Vietnamese way (1.500.000) whatever the reader's own settings. */
export const VIETNAMESE_NUMBER = "[$-42A]#,##0";

/**
 * A page an official signs as printed: screen guidance (fills) never reaches the paper, and
 * numbers are grouped the Vietnamese way.
 */
export function printSafe(cells: readonly CellDescription[]): CellDescription[] {
  return cells.map((c) => {
    if (!c.style?.fill && c.style?.numFmt !== "#,##0") return c;
    const { fill: _fill, ...style } = c.style;
    return { ...c, style: style.numFmt === "#,##0" ? { ...style, numFmt: VIETNAMESE_NUMBER } : style };
  });
}
