/** `Range`: contents, geometry, the ranges derived from it, selection and merging. */
import { type Bounds, boundingRect, cellCount, formatAddress, inBounds, intersect, isEntireColumn, isEntireRow, MAX_COLS, MAX_ROWS, parseBounds } from "./address";
import { assertEditable, clearCells, type GridProperty, readGrid, writeGrid } from "./cells";
import { FakeClientObject } from "./client-object";
import type { FakeRequestContext } from "./context";
import { FakeDataValidation } from "./data-validation";
import { FakeOfficeError, invalidArgument, invalidObjectPath, itemNotFound } from "./errors";
import { cellsIn, type SheetModel, tidy, usedBounds } from "./model";
import { FakeRangeFormat } from "./range-format";
import { FakeWorksheet } from "./worksheets";

export interface RangeTarget {
  sheet: SheetModel;
  b: Bounds;
}

/** What `format` and `dataValidation` act on: one range or the areas of a RangeAreas. */
export interface AreasOwner {
  _areas(where: string): { sheet: SheetModel; areas: Bounds[] };
  _resolveIsNull(): boolean;
}

const GRID: Record<string, GridProperty> = {
  values: "values",
  formulas: "formulas",
  formulasLocal: "formulas",
  numberFormat: "numberFormat",
  numberFormatLocal: "numberFormat",
  text: "text",
  valueTypes: "valueTypes",
};

export class FakeRange extends FakeClientObject implements AreasOwner {
  readonly _className = "Range";
  /** @internal undefined until the sync that resolves it; null for a null object. */
  _target: RangeTarget | null | undefined;
  private parts: { format?: FakeRangeFormat; dataValidation?: FakeDataValidation } = {};

  constructor(context: FakeRequestContext, target?: RangeTarget) {
    super(context);
    this._target = target;
  }

  /** @internal Resolves the range at the next sync (in queue order, as Excel does). */
  _instantiate(where: string, resolve: () => RangeTarget | null, nullable = false): this {
    this.context._enqueue(where, () => {
      const target = resolve();
      if (!target && !nullable) throw itemNotFound(where);
      if (target && !inBounds(target.b)) throw invalidArgument(where);
      this._target = target;
      return () => {
        this._isNull = target === null;
      };
    });
    return this;
  }

  /** @internal The range, at sync time. */
  _range(where: string): RangeTarget {
    if (this._target === undefined) throw invalidObjectPath(`Range.${where}`);
    const target = this._notNull(this._target, where);
    if (target.sheet.deleted) throw itemNotFound(`Range.${where}`);
    return target;
  }

  _areas(where: string) {
    const { sheet, b } = this._range(where);
    return { sheet, areas: [b] };
  }

  _resolveIsNull(): boolean {
    if (this._target === null) return true;
    this._range("load");
    return false;
  }

  _scalarNames() {
    const names = ["address", "addressLocal", "cellCount", "columnCount", "columnIndex", "formulas", "formulasLocal", "numberFormat", "rowCount", "rowIndex", "text", "valueTypes", "values"];
    if (this.context._fake.requirements.isSetSupported("ExcelApi", "1.7")) names.push("isEntireColumn", "isEntireRow", "numberFormatLocal");
    return names;
  }

  _readScalar(name: string): unknown {
    const { sheet, b } = this._range("load");
    const grid = GRID[name];
    if (grid) return readGrid(this.context._fake.calc, sheet, b, grid, `Range.${name}`);
    switch (name) {
      case "address":
      case "addressLocal":
        return formatAddress(sheet.name, b);
      case "cellCount":
        return cellCount(b);
      case "rowCount":
        return b.r2 - b.r1 + 1;
      case "columnCount":
        return b.c2 - b.c1 + 1;
      case "rowIndex":
        return b.r1;
      case "columnIndex":
        return b.c1;
      case "isEntireColumn":
        return isEntireColumn(b);
      case "isEntireRow":
        return isEntireRow(b);
    }
    return undefined;
  }

  override _child(name: string) {
    if (name === "format") return this.format;
    if (name === "dataValidation") return this.dataValidation;
    return undefined;
  }

  get address(): string { return this._get("address"); }
  get addressLocal(): string { return this._get("addressLocal"); }
  get cellCount(): number { return this._get("cellCount"); }
  get rowCount(): number { return this._get("rowCount"); }
  get columnCount(): number { return this._get("columnCount"); }
  get rowIndex(): number { return this._get("rowIndex"); }
  get columnIndex(): number { return this._get("columnIndex"); }
  get text(): string[][] { return this._get("text"); }
  get valueTypes(): string[][] { return this._get("valueTypes"); }
  get isEntireColumn(): boolean { return this._get("isEntireColumn"); }
  get isEntireRow(): boolean { return this._get("isEntireRow"); }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get values(): any[][] { return this._get("values"); }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  set values(v: any[][]) { this.writeGrid("values", v, "values"); }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get formulas(): any[][] { return this._get("formulas"); }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  set formulas(v: any[][]) { this.writeGrid("formulas", v, "formulas"); }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get formulasLocal(): any[][] { return this._get("formulasLocal"); }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  set formulasLocal(v: any[][]) { this.writeGrid("formulasLocal", v, "formulas"); }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get numberFormat(): any[][] { return this._get("numberFormat"); }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  set numberFormat(v: any[][]) { this.writeGrid("numberFormat", v, "numberFormat"); }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get numberFormatLocal(): any[][] { return this._get("numberFormatLocal"); }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  set numberFormatLocal(v: any[][]) {
    this.context._fake.requirements.require("Range.numberFormatLocal", "1.7");
    this.writeGrid("numberFormatLocal", v, "numberFormat");
  }

  private writeGrid(name: string, value: unknown, prop: "values" | "formulas" | "numberFormat"): void {
    this._set(name, value, () => {
      const { sheet, b } = this._range(name);
      writeGrid(sheet, b, value, prop, `Range.${name}`);
    });
  }

  get format(): FakeRangeFormat {
    return (this.parts.format ??= new FakeRangeFormat(this.context, this));
  }

  get dataValidation(): FakeDataValidation {
    this.context._fake.requirements.require("Range.dataValidation", "1.8");
    return (this.parts.dataValidation ??= new FakeDataValidation(this.context, this));
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context)._instantiate("Range.worksheet", () => this._range("worksheet").sheet);
  }

  /** @internal A range derived from this one at sync time; undefined bounds are InvalidArgument. */
  _derive(method: string, make: (t: RangeTarget) => Bounds | null | undefined, nullable = false): FakeRange {
    return new FakeRange(this.context)._instantiate(`Range.${method}`, () => {
      const t = this._range(method);
      const b = make(t);
      if (b === undefined || (b !== null && !inBounds(b))) throw invalidArgument(`Range.${method}`);
      if (b === null && !nullable) throw itemNotFound(`Range.${method}`);
      return b ? { sheet: t.sheet, b } : null;
    }, nullable);
  }

  private other(range: FakeRange | string, method: string, sheet: SheetModel): Bounds | undefined {
    if (typeof range === "string") return parseBounds(range);
    const t = range._range(method);
    return t.sheet === sheet ? t.b : undefined;
  }

  /** The cell may lie outside this range, as long as it is on the sheet. */
  getCell(row: number, column: number) {
    return this._derive("getCell", ({ b }) => ({ r1: b.r1 + row, c1: b.c1 + column, r2: b.r1 + row, c2: b.c1 + column }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number) {
    return this._derive("getOffsetRange", ({ b }) => ({ r1: b.r1 + rowOffset, c1: b.c1 + columnOffset, r2: b.r2 + rowOffset, c2: b.c2 + columnOffset }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number) {
    this.context._fake.requirements.require("Range.getResizedRange", "1.3");
    return this._derive("getResizedRange", ({ b }) => ({ ...b, r2: b.r2 + deltaRows, c2: b.c2 + deltaColumns }));
  }
  getAbsoluteResizedRange(numRows: number, numColumns: number) {
    this.context._fake.requirements.require("Range.getAbsoluteResizedRange", "1.7");
    return this._derive("getAbsoluteResizedRange", ({ b }) => (numRows > 0 && numColumns > 0 ? { ...b, r2: b.r1 + numRows - 1, c2: b.c1 + numColumns - 1 } : undefined));
  }
  getRow(row: number) {
    return this._derive("getRow", ({ b }) => (row >= 0 && row <= b.r2 - b.r1 ? { ...b, r1: b.r1 + row, r2: b.r1 + row } : undefined));
  }
  getColumn(column: number) {
    return this._derive("getColumn", ({ b }) => (column >= 0 && column <= b.c2 - b.c1 ? { ...b, c1: b.c1 + column, c2: b.c1 + column } : undefined));
  }
  getLastRow() { return this._derive("getLastRow", ({ b }) => ({ ...b, r1: b.r2 })); }
  getLastColumn() { return this._derive("getLastColumn", ({ b }) => ({ ...b, c1: b.c2 })); }
  getLastCell() { return this._derive("getLastCell", ({ b }) => ({ r1: b.r2, c1: b.c2, r2: b.r2, c2: b.c2 })); }
  getEntireRow() { return this._derive("getEntireRow", ({ b }) => ({ r1: b.r1, r2: b.r2, c1: 0, c2: MAX_COLS - 1 })); }
  getEntireColumn() { return this._derive("getEntireColumn", ({ b }) => ({ r1: 0, r2: MAX_ROWS - 1, c1: b.c1, c2: b.c2 })); }
  getBoundingRect(anotherRange: FakeRange | string) {
    return this._derive("getBoundingRect", ({ sheet, b }) => {
      const o = this.other(anotherRange, "getBoundingRect", sheet);
      return o && boundingRect(b, o);
    });
  }
  getIntersection(anotherRange: FakeRange | string) {
    return this._derive("getIntersection", ({ sheet, b }) => {
      const o = this.other(anotherRange, "getIntersection", sheet);
      return o ? (intersect(b, o) ?? null) : undefined;
    });
  }
  getIntersectionOrNullObject(anotherRange: FakeRange | string) {
    this.context._fake.requirements.require("Range.getIntersectionOrNullObject", "1.4");
    return this._derive("getIntersectionOrNullObject", ({ sheet, b }) => {
      const o = this.other(anotherRange, "getIntersectionOrNullObject", sheet);
      return o ? (intersect(b, o) ?? null) : undefined;
    }, true);
  }
  /** ItemNotFound when nothing is used inside the range, as in Excel. */
  getUsedRange(valuesOnly = false) {
    return this._derive("getUsedRange", ({ sheet, b }) => {
      const used = usedBounds(sheet, valuesOnly);
      return (used && intersect(used, b)) ?? null;
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false) {
    this.context._fake.requirements.require("Range.getUsedRangeOrNullObject", "1.4");
    return this._derive("getUsedRangeOrNullObject", ({ sheet, b }) => {
      const used = usedBounds(sheet, valuesOnly);
      return (used && intersect(used, b)) ?? null;
    }, true);
  }

  clear(applyTo: string = "All"): void {
    this._call("clear", () => {
      const { sheet, b } = this._range("clear");
      clearCells(sheet, b, applyTo, "Range.clear");
    });
  }

  /** Makes the sheet active and records the selection (`fake.selection`). */
  select(): void {
    this._call("select", () => {
      const { sheet, b } = this._range("select");
      if (sheet.visibility !== "Visible") throw new FakeOfficeError("InvalidSelection", "The current selection is invalid for this operation.", "Range.select");
      const model = this.context._fake.model;
      model.active = sheet;
      model.selection = { sheet, areas: [b] };
    });
  }

  /** Keeps only the top-left value of each merged area, as Excel does. */
  merge(across = false): void {
    this.context._fake.requirements.require("Range.merge", "1.2");
    this._call("merge", () => {
      const { sheet, b } = this._range("merge");
      assertEditable(sheet, [b], "Range.merge", "content");
      const areas = across ? Array.from({ length: b.r2 - b.r1 + 1 }, (_, i) => ({ ...b, r1: b.r1 + i, r2: b.r1 + i })) : [b];
      sheet.merges = sheet.merges.filter((m) => !intersect(m, b));
      for (const area of areas) {
        if (cellCount(area) < 2) continue;
        sheet.merges.push(area);
        for (const [r, c, cell] of [...cellsIn(sheet, area)]) {
          if (r === area.r1 && c === area.c1) continue;
          delete cell.value;
          delete cell.isError;
          delete cell.formula;
          tidy(sheet, r, c);
        }
      }
    });
  }

  unmerge(): void {
    this.context._fake.requirements.require("Range.unmerge", "1.2");
    this._call("unmerge", () => {
      const { sheet, b } = this._range("unmerge");
      sheet.merges = sheet.merges.filter((m) => !intersect(m, b));
    });
  }

  calculate(): void {
    this.context._fake.requirements.require("Range.calculate", "1.6");
    this._call("calculate", () => undefined);
  }
}
