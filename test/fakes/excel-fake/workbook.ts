/** `context.workbook` and `workbook.application`. */
import { FakeClientObject, FakeClientResult } from "./client-object";
import { insertWorksheets, type InsertOptions } from "./insert-base64";
import { FakeNamedItemCollection } from "./names";
import { FakeRange } from "./range";
import { FakeWorksheet, FakeWorksheetCollection } from "./worksheets";

export class FakeApplication extends FakeClientObject {
  readonly _className = "Application";
  /** How often a calculation was asked for; the fake calculates on every read anyway. */
  calculateCalls = 0;

  _scalarNames() {
    return ["calculationMode"] as const;
  }
  _readScalar(_name: string): unknown {
    return "Automatic";
  }
  _resolveIsNull() {
    return false;
  }

  get calculationMode(): string {
    return this._get("calculationMode");
  }

  calculate(_calculationType?: string): void {
    this._call("calculate", () => {
      this.calculateCalls++;
    });
  }

  suspendApiCalculationUntilNextSync(): void {
    this.context._fake.requirements.require("Application.suspendApiCalculationUntilNextSync", "1.6");
    this._call("suspendApiCalculationUntilNextSync", () => undefined);
  }
}

export class FakeWorkbook extends FakeClientObject {
  readonly _className = "Workbook";
  private readonly children: { worksheets?: FakeWorksheetCollection; names?: FakeNamedItemCollection; application?: FakeApplication } = {};

  _scalarNames() {
    return [] as const;
  }
  _readScalar(_name: string): unknown {
    return undefined;
  }
  _resolveIsNull() {
    return false;
  }
  override _child(name: string) {
    return name === "worksheets" ? this.worksheets : name === "names" ? this.names : name === "application" ? this.application : undefined;
  }

  get worksheets(): FakeWorksheetCollection {
    return (this.children.worksheets ??= new FakeWorksheetCollection(this.context));
  }

  get names(): FakeNamedItemCollection {
    return (this.children.names ??= new FakeNamedItemCollection(this.context, null));
  }

  get application(): FakeApplication {
    return (this.children.application ??= new FakeApplication(this.context));
  }

  /** The first area of the selection, or A1 of the active sheet when nothing was selected. */
  getSelectedRange(): FakeRange {
    const range = new FakeRange(this.context);
    range._instantiate("Workbook.getSelectedRange", () => {
      const model = this.context._fake.model;
      const sel = model.selection;
      return sel ? { sheet: sel.sheet, b: sel.areas[0]! } : { sheet: model.active, b: { r1: 0, c1: 0, r2: 0, c2: 0 } };
    });
    return range;
  }

  getActiveCell(): FakeRange {
    this.context._fake.requirements.require("Workbook.getActiveCell", "1.7");
    const range = new FakeRange(this.context);
    range._instantiate("Workbook.getActiveCell", () => {
      const model = this.context._fake.model;
      const sel = model.selection;
      const b = sel ? sel.areas[0]! : { r1: 0, c1: 0, r2: 0, c2: 0 };
      return { sheet: sel ? sel.sheet : model.active, b: { r1: b.r1, c1: b.c1, r2: b.r1, c2: b.c1 } };
    });
    return range;
  }

  /**
   * ExcelApi 1.13. The sheets come from the parser given to FakeExcel (`parseWorkbook`); without
   * one, the call is recorded and empty sheets named by `sheetNamesToInsert` are added.
   */
  insertWorksheetsFromBase64(base64File: string, options?: InsertOptions): FakeClientResult<string[]> {
    this.context._fake.requirements.require("Workbook.insertWorksheetsFromBase64", "1.13");
    const result = new FakeClientResult<string[]>();
    const relativeTo = options?.relativeTo;
    this._call("insertWorksheetsFromBase64", async () => {
      const relative = relativeTo instanceof FakeWorksheet ? relativeTo._sheet("insertWorksheetsFromBase64") : relativeTo;
      const ids = await insertWorksheets(this.context._fake, base64File, { ...options, relativeTo: relative });
      return () => result._resolve(ids);
    });
    return result;
  }
}
