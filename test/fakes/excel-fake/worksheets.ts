/** `workbook.worksheets` and each `Worksheet`. */
import { type Bounds, MAX_COLS, MAX_ROWS, parseBounds } from "./address";
import { FakeClientObject, FakeClientResult, FakeCollection } from "./client-object";
import type { FakeRequestContext } from "./context";
import { invalidArgument, invalidObjectPath, invalidOperation, itemAlreadyExists, itemNotFound } from "./errors";
import { findSheet, newSheet, sameName, type SheetModel, sheetNameProblem, usedBounds, type Visibility } from "./model";
import { FakeNamedItemCollection } from "./names";
import { FakeRange } from "./range";
import { FakeRangeAreas } from "./range-areas";
import { FakeFreezePanes, FakeWorksheetProtection } from "./sheet-parts";
import { normaliseColor } from "./style";

const VISIBILITIES: Visibility[] = ["Visible", "Hidden", "VeryHidden"];

export class FakeWorksheet extends FakeClientObject {
  readonly _className = "Worksheet";
  /** @internal undefined until the sync that resolves it; null for a null object. */
  _target: SheetModel | null | undefined;
  private parts: { names?: FakeNamedItemCollection; freezePanes?: FakeFreezePanes; protection?: FakeWorksheetProtection } = {};

  constructor(context: FakeRequestContext, target?: SheetModel) {
    super(context);
    this._target = target;
  }

  /** @internal Resolves the sheet at the next sync; a missing one is ItemNotFound unless nullable. */
  _instantiate(where: string, resolve: () => SheetModel | undefined, nullable = false): this {
    this.context._enqueue(where, () => {
      const sheet = resolve() ?? null;
      if (!sheet && !nullable) throw itemNotFound(where);
      this._target = sheet;
      return () => {
        this._isNull = sheet === null;
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
    if (this._target === null) return true;
    this._sheet("load");
    return false;
  }

  _scalarNames() {
    const names = ["id", "name", "position", "visibility"];
    if (this.context._fake.requirements.isSetSupported("ExcelApi", "1.7")) names.push("tabColor");
    if (this.context._fake.requirements.isSetSupported("ExcelApi", "1.8")) names.push("showGridlines");
    return names;
  }

  _readScalar(name: string): unknown {
    const sheet = this._sheet("load");
    if (name === "position") return this.context._fake.model.sheets.indexOf(sheet);
    return sheet[name as "id" | "name" | "visibility" | "tabColor" | "showGridlines"];
  }

  override _child(name: string) {
    return name === "freezePanes" ? this.freezePanes : name === "protection" ? this.protection : undefined;
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

  get position(): number {
    return this._get("position");
  }
  set position(value: number) {
    this._set("position", value, () => {
      const sheet = this._sheet("position");
      const sheets = this.context._fake.model.sheets;
      if (!Number.isInteger(value) || value < 0 || value >= sheets.length) throw invalidArgument("Worksheet.position");
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(value, 0, sheet);
    });
  }

  get visibility(): Visibility {
    return this._get("visibility");
  }
  set visibility(value: Visibility) {
    this.context._fake.requirements.require("Worksheet.visibility", "1.2");
    this._set("visibility", value, () => {
      const sheet = this._sheet("visibility");
      if (!VISIBILITIES.includes(value)) throw invalidArgument("Worksheet.visibility");
      const model = this.context._fake.model;
      if (value !== "Visible" && !model.sheets.some((s) => s !== sheet && s.visibility === "Visible")) {
        throw invalidOperation("Worksheet.visibility");
      }
      sheet.visibility = value;
      if (value !== "Visible" && model.active === sheet) activateNextVisible(model, sheet);
    });
  }

  get tabColor(): string {
    this.context._fake.requirements.require("Worksheet.tabColor", "1.7");
    return this._get("tabColor");
  }
  set tabColor(value: string) {
    this.context._fake.requirements.require("Worksheet.tabColor", "1.7");
    this._set("tabColor", value, () => {
      this._sheet("tabColor").tabColor = value === "" ? "" : normaliseColor(value, "Worksheet.tabColor");
    });
  }

  get showGridlines(): boolean {
    this.context._fake.requirements.require("Worksheet.showGridlines", "1.8");
    return this._get("showGridlines");
  }
  set showGridlines(value: boolean) {
    this.context._fake.requirements.require("Worksheet.showGridlines", "1.8");
    this._set("showGridlines", value, () => {
      this._sheet("showGridlines").showGridlines = Boolean(value);
    });
  }

  get names(): FakeNamedItemCollection {
    this.context._fake.requirements.require("Worksheet.names", "1.4");
    return (this.parts.names ??= new FakeNamedItemCollection(this.context, this));
  }

  get freezePanes(): FakeFreezePanes {
    this.context._fake.requirements.require("Worksheet.freezePanes", "1.7");
    return (this.parts.freezePanes ??= new FakeFreezePanes(this.context, this));
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

  /** The whole sheet when `address` is omitted. */
  getRange(address?: string): FakeRange {
    return this.range("getRange", () => (address === undefined ? { r1: 0, c1: 0, r2: MAX_ROWS - 1, c2: MAX_COLS - 1 } : parseBounds(address)));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    this.context._fake.requirements.require("Worksheet.getRangeByIndexes", "1.7");
    return this.range("getRangeByIndexes", () => {
      const b = { r1: startRow, c1: startColumn, r2: startRow + rowCount - 1, c2: startColumn + columnCount - 1 };
      return rowCount > 0 && columnCount > 0 && b.r1 >= 0 && b.c1 >= 0 && b.r2 < MAX_ROWS && b.c2 < MAX_COLS ? b : undefined;
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.range("getCell", () => (row >= 0 && column >= 0 && row < MAX_ROWS && column < MAX_COLS ? { r1: row, c1: column, r2: row, c2: column } : undefined));
  }

  /** An empty sheet's used range is A1, as in Excel. */
  getUsedRange(valuesOnly = false): FakeRange {
    return this.range("getUsedRange", (sheet) => usedBounds(sheet, valuesOnly) ?? { r1: 0, c1: 0, r2: 0, c2: 0 });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.context._fake.requirements.require("Worksheet.getUsedRangeOrNullObject", "1.4");
    return this.range("getUsedRangeOrNullObject", (sheet) => usedBounds(sheet, valuesOnly), true);
  }

  getRanges(address: string): FakeRangeAreas {
    this.context._fake.requirements.require("Worksheet.getRanges", "1.9");
    return new FakeRangeAreas(this.context)._instantiate("Worksheet.getRanges", () => {
      const sheet = this._sheet("getRanges");
      const areas = address.split(/[,;]/).map((a) => parseBounds(a));
      if (areas.length === 0 || areas.some((a) => a === undefined)) throw invalidArgument("Worksheet.getRanges");
      return { sheet, areas: areas as Bounds[] };
    });
  }
}

function activateNextVisible(model: { sheets: SheetModel[]; active: SheetModel }, leaving: SheetModel): void {
  const i = model.sheets.indexOf(leaving);
  const order = [...model.sheets.slice(i + 1), ...model.sheets.slice(0, i).reverse()];
  const next = order.find((s) => s.visibility === "Visible" && s !== leaving);
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

  /** Added at the end and not activated, as in Excel; "Sheet<n>" when no name is given. */
  add(name?: string): FakeWorksheet {
    return new FakeWorksheet(this.context)._instantiate("WorksheetCollection.add", () => {
      const model = this.context._fake.model;
      let sheetName = name;
      if (sheetName === undefined || sheetName === null) {
        let n = model.sheets.length + 1;
        while (findSheet(model, `Sheet${n}`)) n++;
        sheetName = `Sheet${n}`;
      }
      if (sheetNameProblem(sheetName)) throw invalidArgument("WorksheetCollection.add");
      if (model.sheets.some((s) => sameName(s.name, sheetName!))) throw itemAlreadyExists("WorksheetCollection.add");
      const sheet = newSheet(model, sheetName);
      model.sheets.push(sheet);
      return sheet;
    });
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context)._instantiate("WorksheetCollection.getItem", () => findSheet(this.context._fake.model, key));
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    this.context._fake.requirements.require("WorksheetCollection.getItemOrNullObject", "1.4");
    return new FakeWorksheet(this.context)._instantiate("WorksheetCollection.getItemOrNullObject", () => findSheet(this.context._fake.model, key), true);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context)._instantiate("WorksheetCollection.getActiveWorksheet", () => this.context._fake.model.active);
  }

  getCount(visibleOnly = false): FakeClientResult<number> {
    this.context._fake.requirements.require("WorksheetCollection.getCount", "1.4");
    const result = new FakeClientResult<number>();
    this._call("getCount", () => {
      const n = this.context._fake.model.sheets.filter((s) => !visibleOnly || s.visibility === "Visible").length;
      return () => result._resolve(n);
    });
    return result;
  }

  getFirst(visibleOnly = false): FakeWorksheet {
    this.context._fake.requirements.require("WorksheetCollection.getFirst", "1.5");
    return new FakeWorksheet(this.context)._instantiate("WorksheetCollection.getFirst", () => this.context._fake.model.sheets.find((s) => !visibleOnly || s.visibility === "Visible"));
  }

  getLast(visibleOnly = false): FakeWorksheet {
    this.context._fake.requirements.require("WorksheetCollection.getLast", "1.5");
    return new FakeWorksheet(this.context)._instantiate("WorksheetCollection.getLast", () => [...this.context._fake.model.sheets].reverse().find((s) => !visibleOnly || s.visibility === "Visible"));
  }
}
