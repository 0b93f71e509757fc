/**
 * The fast workbook writer: host-neutral sheet descriptions (src/core/sheet) to .xlsx
 * bytes, written straight as XML and deflated as it is made. It writes what the ExcelJS
 * writer (src/xlsx/writer) writes, by that writer's own rules for names, views, print
 * setup and validations, without building a cell object per cell: the command line writes
 * summaries of tens of thousands of units with it, and a worker can run it in the browser
 * (fflate only, no Node API).
 */
import type { Workbook } from "exceljs";
import { a1 } from "../../core/cells";
import type { CellDescription, SheetDescription, Unfit } from "../../core/sheet";
import { addDefinedNames, filterDatabases } from "../writer/names";
import type { RenderOptions } from "../writer/options";
import { checkFrame } from "../writer/sheet-layout";
import { validationRanges, type ValidationTarget } from "../writer/validation";
import { assertWritable } from "../writer/workbook-setup";
import { appProperties, contentTypes, coreProperties, ROOT_RELS, workbookRels, workbookXml, type DefinedName } from "./package-parts";
import { pageParts, sheetHead, writeSheetTail, type PageParts } from "./sheet-frame";
import { sheetRows } from "./sheet-rows";
import { SharedStrings } from "./strings";
import { XfBook } from "./styles";
import { THEME_XML } from "./theme";
import { ListColumns, validationsXml } from "./validations";
import { ZipSink, type Codec, type PartWriter, type ZipLevel } from "./zip";

export interface StreamOptions extends RenderOptions {
  /** Deflate level; 1 (the default) compresses a summary to within some 15 % of 6, several times faster. */
  level?: ZipLevel;
  /** A native deflate to use instead of fflate's (the command line passes Node's zlib). */
  codec?: Codec;
  /** The time written as the file's creation; now by default. */
  now?: Date;
}

export interface XlsxStream {
  /** The file's bytes, piece by piece, made as they are asked for. */
  chunks: Iterable<Uint8Array>;
  /**
   * Where a cell had to be fitted to Excel's limits (a text cut, a number that is not
   * finite left blank), filled in as the cells are written: complete once `chunks` is.
   */
  unfit: Unfit[];
}

export function streamWorkbook(sheets: readonly SheetDescription[], options: StreamOptions = {}): XlsxStream {
  const unfit: Unfit[] = [];
  return { chunks: chunks(sheets, options, unfit), unfit };
}

/** The whole file in one array, and what had to be fitted. */
export function writeWorkbook(sheets: readonly SheetDescription[], options: StreamOptions = {}): { bytes: Uint8Array; unfit: Unfit[] } {
  const { chunks, unfit } = streamWorkbook(sheets, options);
  const parts = [...chunks];
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return { bytes, unfit };
}

function* chunks(sheets: readonly SheetDescription[], options: StreamOptions, unfit: Unfit[]): Generator<Uint8Array> {
  // Everything that can be wrong with the descriptions as a whole is found before a byte is made.
  const active = assertWritable(sheets, options);
  const pages = sheets.map(pageParts);
  const names = definedNames(sheets, pages);
  const zip = new ZipSink(options.level ?? 1, options.codec);
  const small = (name: string, xml: string) => {
    const part = zip.part(name);
    part.text(xml);
    part.end();
  };
  const sheetNames = sheets.map((s) => s.name);
  small("[Content_Types].xml", contentTypes(sheets.length));
  small("_rels/.rels", ROOT_RELS);
  small("docProps/app.xml", appProperties(sheetNames));
  small("docProps/core.xml", coreProperties(options, options.now ?? new Date()));
  small("xl/workbook.xml", workbookXml(sheetNames, active, names));
  small("xl/_rels/workbook.xml.rels", workbookRels(sheets.length));
  small("xl/theme/theme1.xml", THEME_XML);
  yield* zip.take();

  const xfs = new XfBook();
  const strings = new SharedStrings();
  for (const [i, sheet] of sheets.entries()) {
    const part = zip.part(`xl/worksheets/sheet${i + 1}.xml`);
    for (const _ of writeSheet(part, sheet, i === active, pages[i]!, xfs, strings, unfit)) yield* zip.take();
    part.end();
    yield* zip.take();
  }
  const sst = zip.part("xl/sharedStrings.xml");
  for (const piece of strings.xml()) {
    sst.text(piece);
    yield* zip.take();
  }
  sst.end();
  small("xl/styles.xml", xfs.xml());
  zip.end();
  yield* zip.take();
}

function* writeSheet(part: PartWriter, sheet: SheetDescription, selected: boolean, page: PageParts, xfs: XfBook, strings: SharedStrings, unfit: Unfit[]): Generator<void> {
  const frame = checkFrame(sheet, true);
  // The lists behind long drop-downs go past every column the sheet uses, from row 1: they
  // are placed by what `cells` holds before the first row is written. A cell made by rows()
  // may use one of those lists, but not a new one, nor reach their columns (an Error: the
  // descriptions are the program's own), so rows() is gone through once only.
  let lastCol = frame.lastCol;
  const targets: ValidationTarget[] = [];
  for (const c of sheet.cells) {
    if (c.col > lastCol) lastCol = c.col;
    if (c.validation) targets.push({ row: c.row, col: c.col, validation: c.validation });
  }
  const lists = new ListColumns(sheet.name, lastCol + 1);
  validationRanges(targets, lists);
  lists.freeze();
  const streamed = (c: CellDescription) => {
    if (lists.columns.size > 0 && c.col > lastCol) throw new Error(`Cell ${sheet.name}!${a1(c.row, c.col)} from rows() lies in the columns of the sheet's drop-down lists`);
    if (c.validation) targets.push({ row: c.row, col: c.col, validation: c.validation });
  };

  const columns = new Map<number, { width?: number; hidden?: boolean }>();
  for (const c of sheet.columns) columns.set(c.col, { width: c.width, ...(c.hidden ? { hidden: true } : {}) });
  for (const col of lists.columns.keys()) columns.set(col, { hidden: true });

  part.text(sheetHead(sheet, selected, page, columns));
  yield* sheetRows({ sheet, frame, xfs, strings, lists: lists.columns, unfit, streamed }, part);
  writeSheetTail(part, sheet, page, { merges: frame.merges, validations: validationsXml(targets, lists) });
}

/**
 * The workbook's names as the ExcelJS writer leaves them: its own names (by its rules in
 * src/xlsx/writer/names.ts), then each sheet's print area and titles, then the filters'.
 */
function definedNames(sheets: readonly SheetDescription[], pages: readonly PageParts[]): DefinedName[] {
  const out: DefinedName[] = [];
  const collect = { definedNames: { add: (area: string, name: string) => out.push({ name, formula: shortArea(area) }) } };
  const raw = addDefinedNames(collect as unknown as Workbook, sheets);
  for (const [i, sheet] of sheets.entries()) {
    const setup = pages[i]!.setup;
    const quoted = `'${sheet.name}'!`;
    if (setup.printArea) {
      const [from, to] = setup.printArea.split(":");
      out.push({ name: "_xlnm.Print_Area", formula: `${quoted}$${from}:$${to}`, localSheetId: i });
    }
    const titles: string[] = [];
    if (setup.printTitlesColumn) titles.push(`${quoted}$${setup.printTitlesColumn.replace(":", ":$")}`);
    if (setup.printTitlesRow) titles.push(`${quoted}$${setup.printTitlesRow.replace(":", ":$")}`);
    if (titles.length) out.push({ name: "_xlnm.Print_Titles", formula: titles.join(","), localSheetId: i });
  }
  return [...out, ...raw, ...filterDatabases(sheets)];
}

/**
 * An area as ExcelJS writes a name it holds cell by cell: a lone cell without its second
 * corner, and the sheet quoted only when its name is not plain letters and digits.
 */
function shortArea(area: string): string {
  const m = /^'((?:[^']|'')+)'!(\$[A-Z]+\$\d+):(\$[A-Z]+\$\d+)$/.exec(area);
  if (!m) return area;
  const sheet = /^[a-zA-Z0-9]*$/.test(m[1]!) ? `${m[1]}!` : `'${m[1]}'!`;
  return m[2] === m[3] ? `${sheet}${m[2]}` : `${sheet}${m[2]}:${m[3]}`;
}
