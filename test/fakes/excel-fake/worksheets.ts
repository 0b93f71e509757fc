/** `workbook.worksheets` and each `Worksheet`. */
import { type Bounds, parseBounds } from "./address";
import { FakeClientObject, FakeCollection } from "./client-object";
import type { FakeRequestContext } from "./context";
import { invalidArgument, invalidObjectPath, invalidOperation, itemAlreadyExists, itemNotFound } from "./errors";
import { findSheet, type SheetModel, sheetNameProblem, usedBounds, type Visibility, type WorkbookModel } from "./model";
import { FakeNamedItemCollection } from "./names";
import { FakeWorksheetProtection } from "./protection";
import { FakeRange } from "./range";

export class FakeWorksheet extends FakeClientObject {
  readonly _className = "Worksheet";
  /** @internal undefined until the sync that resolves it; null for a null object. */
  _target: SheetModel | null | undefined;
  private parts: { names?: FakeNamedItemCollection; protection?: FakeWorksheetProtection } = {};

  constructor(context: FakeRequestContext, target?: SheetModel) {
    super(context);
    this._target = target;
  }

  /** @internal Resolves the sheet at the next sync; a missing one is ItemNotFound. */
  _instantiate(where: string, resolve: () => SheetModel | undefined): this {
    this.context._enqueue(where, () => {
      const sheet = resolve();
      if (!sheet) throw itemNotFound(where);
      this._target = sheet;
      return () => {
        this._isNull = false;
      };
    });
    return this;
  }

  /** @internal The sheet, at sync time. */
  _sheet(where: string): SheetModel {
    if (this._target === undefined) throw invalidObjectPath(`Worksheet.${where}`);
    const sheet = this._notNull(this._target, where);
    if (sheet.deleted) throw itemNotFound(`Worksheet.${where}`);
    return sheet;
  }

  _resolveIsNull(): boolean {
    this._sheet("load");
    return false;
  }

  _scalarNames() {
    return ["id", "name", "visibility"];
  }

  _readScalar(name: string): unknown {
    return this._sheet("load")[name as "id" | "name" | "visibility"];
  }

  get id(): string {
    return this._get("id");
  }

  get name(): string {
    return this._get("name");
  }
  set name(value: string) {
    this._set("name", value, () => {
      const sheet = this._sheet("name");
      if (sheetNameProblem(value)) throw invalidArgument("Worksheet.name");
      const other = findSheet(this.context._fake.model, value);
      if (other && other !== sheet) throw itemAlreadyExists("Worksheet.name");
      sheet.name = value;
    });
  }

  get visibility(): Visibility {
    return this._get("visibility");
  }

  get names(): FakeNamedItemCollection {
    this.context._fake.requirements.require("Worksheet.names", "1.4");
    return (this.parts.names ??= new FakeNamedItemCollection(this.context, this));
  }

  get protection(): FakeWorksheetProtection {
    this.context._fake.requirements.require("Worksheet.protection", "1.2");
    return (this.parts.protection ??= new FakeWorksheetProtection(this.context, this));
  }

  activate(): void {
    this._call("activate", () => {
      const sheet = this._sheet("activate");
      if (sheet.visibility !== "Visible") throw invalidOperation("Worksheet.activate");
      const model = this.context._fake.model;
      model.active = sheet;
      if (model.selection?.sheet !== sheet) model.selection = null;
    });
  }

  /** The last visible sheet cannot go; names scoped to the sheet go with it, names pointing at it become #REF!. */
  delete(): void {
    this._call("delete", () => {
      const sheet = this._sheet("delete");
      const model = this.context._fake.model;
      if (!model.sheets.some((s) => s !== sheet && s.visibility === "Visible")) throw invalidOperation("Worksheet.delete");
      if (model.active === sheet) activateNextVisible(model, sheet);
      model.sheets.splice(model.sheets.indexOf(sheet), 1);
      sheet.deleted = true;
      if (model.selection?.sheet === sheet) model.selection = null;
      model.names = model.names.filter((n) => n.scope !== sheet);
      for (const n of model.names) if (n.target.kind === "range" && n.target.sheet === sheet) n.target = { kind: "formula", text: "#REF!" };
    });
  }

  private range(where: string, bounds: (sheet: SheetModel) => Bounds | undefined, nullable = false): FakeRange {
    return new FakeRange(this.context)._instantiate(`Worksheet.${where}`, () => {
      const sheet = this._sheet(where);
      const b = bounds(sheet);
      if (b === undefined && !nullable) throw invalidArgument(`Worksheet.${where}`);
      return b ? { sheet, b } : null;
    }, nullable);
  }

  getRange(address: string): FakeRange {
    return this.range("getRange", () => parseBounds(address));
  }

  /** An empty sheet's used range is A1, as in Excel. */
  getUsedRange(valuesOnly = false): FakeRange {
    return this.range("getUsedRange", (sheet) => usedBounds(sheet, valuesOnly) ?? { r1: 0, c1: 0, r2: 0, c2: 0 });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.context._fake.requirements.require("Worksheet.getUsedRangeOrNullObject", "1.4");
    return this.range("getUsedRangeOrNullObject", (sheet) => usedBounds(sheet, valuesOnly), true);
  }
}

function activateNextVisible(model: WorkbookModel, leaving: SheetModel): void {
  const i = model.sheets.indexOf(leaving);
  const order = [...model.sheets.slice(i + 1), ...model.sheets.slice(0, i).reverse()];
  const next = order.find((s) => s.visibility === "Visible");
  if (next) model.active = next;
}

export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  readonly _className = "WorksheetCollection";

  _listItems(): FakeWorksheet[] {
    return this.context._fake.model.sheets.map((s) => new FakeWorksheet(this.context, s));
  }

  _sampleItem(): FakeWorksheet {
    return new FakeWorksheet(this.context);
  }

  /** By name (any case) or id; a missing sheet fails at the sync, not here. */
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context)._instantiate("WorksheetCollection.getItem", () => findSheet(this.context._fake.model, key));
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context)._instantiate("WorksheetCollection.getActiveWorksheet", () => this.context._fake.model.active);
  }
}
