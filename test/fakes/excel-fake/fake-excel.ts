/**
 * FakeExcel: an in-memory Excel for tests. Construct it with the workbook and host you want,
 * install it (`installFakeOffice(globalThis, fake)`) or call `fake.run` directly, then look at
 * the result with `fake.sheet(name)`, `fake.selection`, `fake.syncCount`.
 */
import { formatBounds } from "./address";
import { type FakeCore, FakeRequestContext } from "./context";
import { invalidArgument, runMustReturnPromise } from "./errors";
import type { InsertCall, WorkbookParser } from "./insert-base64";
import { FakeSheetView } from "./inspect";
import { findSheet, newSheet, sheetNameProblem, type WorkbookModel } from "./model";
import { makeExcel, makeOffice } from "./office";
import { FakeRequirements } from "./requirements";
import { fillSheet, type SeedValue, type SheetSeed, writeSeedValues } from "./seed";

export interface FakeExcelOptions {
  /** The highest ExcelApi set the host supports ("1.12" → no insertWorksheetsFromBase64). Default "1.20". */
  apiVersion?: string;
  /** "never": `Office.onReady` never settles, as a host that hangs. Default "immediate". */
  onReady?: "immediate" | "never";
  /** The workbook at start. Default: one empty "Sheet1". */
  sheets?: SheetSeed[];
  /** Default: the first visible sheet. */
  activeSheet?: string;
  /** Reads the bytes given to insertWorksheetsFromBase64; see insert-base64.ts. */
  parseWorkbook?: WorkbookParser;
}

export class FakeExcel implements FakeCore {
  readonly options: FakeExcelOptions;
  readonly model: WorkbookModel;
  readonly requirements: FakeRequirements;
  readonly parseWorkbook: WorkbookParser | undefined;
  /** Every insertWorksheetsFromBase64 that reached a sync. */
  readonly insertCalls: InsertCall[] = [];
  /** Every operation a sync ran, in order ("Range.values", "Worksheet.activate", "Range.load"…). */
  readonly operations: string[] = [];
  counters = { syncCount: 0, syncCalls: 0 };
  onReadyCalls = 0;

  constructor(options: FakeExcelOptions = {}) {
    this.options = options;
    this.requirements = new FakeRequirements({ ExcelApi: options.apiVersion ?? "1.20" });
    this.parseWorkbook = options.parseWorkbook;
    const building = { sheets: [] as WorkbookModel["sheets"], nextSheetId: 1 };
    for (const seed of options.sheets?.length ? options.sheets : [{ name: "Sheet1" }]) {
      if (sheetNameProblem(seed.name) || findSheet(building, seed.name)) throw invalidArgument("FakeExcel", `Bad or duplicate sheet name: ${seed.name}`);
      const sheet = newSheet(building, seed.name);
      fillSheet(sheet, seed);
      building.sheets.push(sheet);
    }
    const active = options.activeSheet ? findSheet(building, options.activeSheet) : building.sheets.find((s) => s.visibility === "Visible");
    if (!active) throw invalidArgument("FakeExcel", "No active sheet");
    this.model = { ...building, active, selection: null, names: [] };
  }

  /**
   * `Excel.run(batch)`: the batch gets a fresh context, what it left queued is synced at the
   * end, and its objects stop working after. (`Excel.run(object, batch)` is not modelled.)
   */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    if (typeof batch !== "function") throw invalidArgument("Excel.run");
    const context = new FakeRequestContext(this);
    try {
      const pending = batch(context as unknown as Excel.RequestContext) as unknown;
      if (!pending || typeof (pending as Promise<T>).then !== "function") throw runMustReturnPromise();
      return await context.sync(await (pending as Promise<T>));
    } finally {
      context._closed = true;
    }
  };

  /** Round trips: syncs that carried at least one operation (Excel.run's final one included). */
  get syncCount(): number {
    return this.counters.syncCount;
  }

  /** Every `context.sync()` call, empty ones included. */
  get syncCalls(): number {
    return this.counters.syncCalls;
  }

  resetSyncCount(): void {
    this.counters = { syncCount: 0, syncCalls: 0 };
    this.operations.length = 0;
  }

  /** What the user sees selected after `range.select()`: sheet name and address. */
  get selection(): { sheet: string; address: string } | null {
    const sel = this.model.selection;
    return sel ? { sheet: sel.sheet.name, address: formatBounds(sel.bounds) } : null;
  }

  get activeSheetName(): string {
    return this.model.active.name;
  }

  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  sheet(name: string): FakeSheetView {
    const sheet = findSheet(this.model, name);
    if (!sheet) throw invalidArgument("FakeExcel.sheet", `No sheet named ${name}; sheets: ${this.sheetNames().join(", ")}`);
    return new FakeSheetView(this, sheet);
  }

  /** Adds a sheet directly (test setup; not an Office operation, not counted). */
  addSheet(seed: SheetSeed): FakeSheetView {
    if (sheetNameProblem(seed.name) || findSheet(this.model, seed.name)) throw invalidArgument("FakeExcel.addSheet", `Bad or duplicate sheet name: ${seed.name}`);
    const sheet = newSheet(this.model, seed.name);
    fillSheet(sheet, seed);
    this.model.sheets.push(sheet);
    return new FakeSheetView(this, sheet);
  }

  /** Writes test data directly, as a person types it in Excel but literally: strings stay text; "=…" is a formula. */
  setValues(sheetName: string, start: string, values: SeedValue[][]): void {
    writeSeedValues(this.sheet(sheetName).model, start, values);
  }

  /** `Office` and `Excel` for this fake, without touching any global. */
  globals() {
    return { Office: makeOffice(this), Excel: makeExcel(this) };
  }
}
