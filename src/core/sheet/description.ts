/**
 * A host-neutral description of a sheet to write. The core decides what a sheet holds
 * (the form, a summary, a log); the ExcelJS writer in src/xlsx renders it, and the
 * add-in inserts that very rendering, so a form in a file and a form in Excel are one.
 */

export interface Font {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Points; the writer's default is 12 (Times New Roman, as the printed appendix). */
  size?: number;
  color?: string; // "RRGGBB"
}

export interface CellStyle {
  font?: Font;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
  /** Thin border on all four sides. */
  border?: boolean;
  /** Background: an input cell, a cell that takes no entry, or a header band. */
  fill?: "input" | "disabled" | "header" | "total";
  numFmt?: string;
  indent?: number;
}

/** Excel-native data validation that travels with the file. */
export type Validation =
  | { type: "whole"; min: number; max?: number; prompt?: Prompt; error: Prompt }
  | { type: "list"; values: readonly string[]; prompt?: Prompt; error: Prompt }
  | { type: "date"; min: string; max: string; prompt?: Prompt; error: Prompt } // ISO dates
  /** Rejects every entry: a cell whose measure the row's unit does not allow. */
  | { type: "reject"; error: Prompt };

export interface Prompt {
  title: string;
  text: string;
}

export interface CellDescription {
  /** 1-based. */
  row: number;
  col: number;
  /** Text from a submission is always a plain value, never parsed as a formula. */
  value?: string | number | boolean | null;
  /** Without the leading `=`. */
  formula?: string;
  /** The formula's value as computed by the core, written so readers that do not recalculate see it. */
  cached?: number | string;
  style?: CellStyle;
  /** Only meaningful on a protected sheet; cells are locked unless this is false. */
  locked?: boolean;
  validation?: Validation;
}

export interface PageSetup {
  paper: "A4";
  orientation: "portrait" | "landscape";
  /** Fit all columns on one page width; rows flow to as many pages as needed. */
  fitToWidth: boolean;
  /** Rows repeated at the top of every printed page, e.g. [9, 10]. */
  repeatRows?: [number, number];
  /** Columns repeated at the left of every printed page, e.g. [1, 2] for the unit's name. */
  repeatCols?: [number, number];
  /** Inches. */
  margins?: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** Print area, e.g. "A1:F60". */
  printArea?: string;
  horizontalCentered?: boolean;
  /**
   * A fixed print scale in percent, instead of fitting to the page width: Excel ignores
   * manual row breaks on a sheet printed "fit to", and a signed summary needs its breaks.
   */
  scale?: number;
  /** Manual page breaks: a new page starts after each of these rows. */
  rowBreaks?: number[];
  /** The footer of every page in Excel's header/footer codes, e.g. "&CTrang &P/&N". */
  footer?: string;
  /** Print without colours: screen guidance (fills) never reaches the paper. */
  blackAndWhite?: boolean;
}

/**
 * Rows alike, described once: a summary's tens of thousands of unit lines share their
 * columns and looks, and differ only in their values. A writer that streams them writes
 * each line straight from its values, without an object per cell; any other reads them as
 * the cells they stand for ({@link runCells}), which is what they mean.
 */
export interface RowRun {
  /** The first row; the run's rows follow one another. */
  first: number;
  count: number;
  /** The columns every row of the run fills, in increasing order. */
  cols: readonly number[];
  /** Each column's look, as `cols`. The cells are locked, as a described cell is by default. */
  styles: readonly (CellStyle | undefined)[];
  /** Row `first + i`'s value in column `cols[j]`; null leaves the cell blank, its look kept. */
  value(i: number, j: number): string | number | null;
}

/** What `rows()` makes: a cell, or a run of rows alike. */
export type MadeRow = CellDescription | RowRun;

export interface SheetDescription {
  name: string;
  /** Widths in characters, by 1-based column index. */
  columns: { col: number; width: number; hidden?: boolean }[];
  rowHeights?: { row: number; height: number }[];
  /**
   * For a writer that streams the rows of {@link rows}: their heights asked one row at a time,
   * as each is written, its cells made just before (so a text worded for a cell is measured
   * for the row's height without being worded again); `above`, the heights of the other rows.
   * Such a writer then reads no `rowHeights`, which still lists every row's height for the
   * others. `of` is asked only for rows `rows()` makes cells in.
   */
  streamedHeights?: { above: { row: number; height: number }[]; of(row: number): number | undefined };
  /** The cells above {@link rows}' first (all of them when there is no `rows`), in any order. */
  cells: CellDescription[];
  /**
   * The rest of the sheet's cells, made as they are written, in non-decreasing row order and
   * every one below `cells`: a sheet of tens of thousands of units' rows never sits in memory
   * whole. Rows alike may come as one {@link RowRun}. Called once per pass; each call yields
   * the same cells. Read both through {@link eachCell}.
   */
  rows?: () => Iterable<MadeRow>;
  /** A1 ranges, e.g. "A1:C1". */
  merges: string[];
  page?: PageSetup;
  /** Protect the sheet (no password: the lock guards against slips, not people). */
  protect?: boolean;
  /** Freeze the rows above and the columns left of this cell. */
  freeze?: { row: number; col: number };
  /**
   * Names pointing into this sheet (or constants). A `local` name belongs to this sheet
   * only, so a second form inserted or copied into the same workbook never clashes with it.
   */
  definedNames?: { name: string; formula: string; local?: boolean }[];
  /** Show gridlines on screen. */
  gridlines?: boolean;
  autoFilter?: string;
}

