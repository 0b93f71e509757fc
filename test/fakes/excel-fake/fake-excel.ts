/**
 * FakeExcel: an in-memory Excel for tests. Construct it with the workbook and host you want,
 * install it (`installFakeOffice(globalThis, fake)`) or call `fake.run` directly, then look at
 * the result with `fake.sheet(name)`, `fake.selection`, `fake.syncCount`.
 */
import { formatAddress, formatBounds } from "./address";
import type { CalcEnvironment } from "./cells";
import { FakeClientObject } from "./client-object";
import { type FakeCore, FakeRequestContext } from "./context";
import { invalidArgument, runMustReturnPromise } from "./errors";
import { defaultEvaluator, type FormulaEvaluator } from "./formula";
import type { InsertCall, WorkbookParser } from "./insert-base64";
import { FakeSheetView } from "./inspect";
import { findSheet, newSheet, sheetNameProblem, type WorkbookModel } from "./model";
import { makeExcel, makeOffice } from "./office";
import { FakeRequirements } from "./requirements";
import { fillSheet, type SeedValue, type SheetSeed, writeSeedValues } from "./seed";

export interface FakeExcelOptions {
  /** The highest ExcelApi set the host supports ("1.12" → no insertWorksheetsFromBase64). Default "1.20". */
  apiVersion?: string;
  /** Other sets, or overrides, e.g. `{ ExcelApiOnline: "1.1" }`. */
  requirementSets?: Record<string, string>;
  /** `Office.onReady`'s platform. Default "PC". */
  platform?: string;
  /** `Office.context.displayLanguage`. Default "vi-VN". */
  displayLanguage?: string;
  /** "never": `Office.onReady` never settles, as a host that hangs. Default "immediate". */
  onReady?: "immediate" | "never";
  /** The workbook at start. Default: one empty "Sheet1". */
  sheets?: SheetSeed[];
  /** Default: the first visible sheet. */
  activeSheet?: string;
  /** Reads the bytes given to insertWorksheetsFromBase64; see insert-base64.ts. */
  parseWorkbook?: WorkbookParser;
  /** How formulas are calculated; `false` leaves their values "" (cached values stay). */
  evaluateFormula?: FormulaEvaluator | false;
}

/** Typed as Office.js's `Excel.run`, so that tests drive the fake through the real API types. */
export interface FakeRun {
  <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  <T>(object: OfficeExtension.ClientObject | OfficeExtension.ClientObject[] | Excel.RunOptions | FakeClientObject, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export class FakeExcel implements FakeCore {
  readonly options: FakeExcelOptions;
  readonly model: WorkbookModel;
  readonly requirements: FakeRequirements;
  readonly calc: CalcEnvironment;
  readonly parseWorkbook: WorkbookParser | undefined;
  /** Every insertWorksheetsFromBase64 that reached a sync. */
  readonly insertCalls: InsertCall[] = [];
  /** Every operation a sync ran, in order ("Range.values", "Worksheet.activate", "Range.load"…). */
  readonly operations: string[] = [];
  counters = { syncCount: 0, syncCalls: 0 };
  onReadyCalls = 0;

  constructor(options: FakeExcelOptions = {}) {
    this.options = options;
    this.requirements = new FakeRequirements({ ExcelApi: options.apiVersion ?? "1.20", ...options.requirementSets });
    this.parseWorkbook = options.parseWorkbook;
    const seeds = options.sheets?.length ? options.sheets : [{ name: "Sheet1" }];
    const model = { sheets: [], names: [], selection: null, nextSheetId: 1 } as unknown as WorkbookModel;
    for (const seed of seeds) {
      if (sheetNameProblem(seed.name) || findSheet(model, seed.name)) throw invalidArgument("FakeExcel", `Bad or duplicate sheet name: ${seed.name}`);
      const sheet = newSheet(model, seed.name);
      fillSheet(sheet, seed);
      model.sheets.push(sheet);
    }
    const active = options.activeSheet ? findSheet(model, options.activeSheet) : model.sheets.find((s) => s.visibility === "Visible");
    if (!active) throw invalidArgument("FakeExcel", "No active sheet");
    model.active = active;
    this.model = model;
    this.calc = { workbook: model, evaluate: options.evaluateFormula === false ? null : (options.evaluateFormula ?? defaultEvaluator) };
  }

  /** A fresh request context, as `new Excel.RequestContext()`. */
  createContext(): FakeRequestContext {
    return new FakeRequestContext(this);
  }

  /**
   * `Excel.run(batch)`, `Excel.run(object, batch)` or `Excel.run(options, batch)`: the batch gets
   * a context, its pending operations are synced at the end, and its objects stop working after.
   */
  readonly run: FakeRun = async <T>(...args: unknown[]): Promise<T> => {
    const batch = args[args.length - 1] as (context: Excel.RequestContext) => Promise<T>;
    if (typeof batch !== "function") throw invalidArgument("Excel.run");
    const first = args.length > 1 ? args[0] : undefined;
    const object = Array.isArray(first) ? first[0] : first;
    const reused = object instanceof FakeClientObject ? object.context : undefined;
    const context = reused ?? this.createContext();
    const wasClosed = context._closed;
    context._closed = false;
    try {
      const pending = batch(context as unknown as Excel.RequestContext) as unknown;
      if (!pending || typeof (pending as Promise<T>).then !== "function") throw runMustReturnPromise();
      const result = await (pending as Promise<T>);
      return await context.sync(result);
    } finally {
      context._closed = reused ? wasClosed : true;
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

  /** What the user sees selected after `range.select()`: sheet name and address ("A1:B2, D4" for areas). */
  get selection(): { sheet: string; address: string } | null {
    const sel = this.model.selection;
    return sel ? { sheet: sel.sheet.name, address: sel.areas.map((b) => formatBounds(b)).join(", ") } : null;
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

  /** Writes test data directly (strings stay text; "=…" is a formula). */
  setValues(sheetName: string, start: string, values: SeedValue[][]): void {
    writeSeedValues(this.sheet(sheetName).model, start, values);
  }

  /** The defined names, as the name manager lists them. */
  names(): { name: string; scope: string; formula: string; comment: string; visible: boolean }[] {
    return this.model.names.map((n) => ({
      name: n.name,
      scope: n.scope ? n.scope.name : "Workbook",
      formula: n.target.kind === "range" ? `=${formatAddress(n.target.sheet.name, n.target.bounds, true)}` : `=${n.target.text}`,
      comment: n.comment,
      visible: n.visible,
    }));
  }

  /** `Office`, `Excel` and `OfficeExtension` for this fake, without touching any global. */
  globals() {
    return { Office: makeOffice(this), Excel: makeExcel(this) };
  }
}
