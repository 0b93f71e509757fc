/**
 * A test's view of one sheet, read straight from the model (no load, no sync, not counted):
 * what a person would see in Excel after the code under test has run.
 */
import { type Bounds, formatAddress, formatBounds, parseBounds } from "./address";
import { readGrid } from "./cells";
import type { FakeCore } from "./context";
import { invalidArgument } from "./errors";
import { effectiveCell } from "./layers";
import { type SheetModel, usedBounds, type ValidationModel } from "./model";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from "./range-format";
import { readBorder, readStyle, type BorderIndex, type StyleKey } from "./style";
import { columnIndex } from "../../../src/core/cells/address";

export class FakeSheetView {
  constructor(private readonly fake: FakeCore, /** The model itself, for what the view does not cover. */ readonly model: SheetModel) {}

  get name(): string { return this.model.name; }
  get id(): string { return this.model.id; }
  get visibility(): string { return this.model.visibility; }
  get tabColor(): string { return this.model.tabColor; }
  get position(): number { return this.fake.model.sheets.indexOf(this.model); }
  get frozen(): { rows: number; columns: number } { return { ...this.model.freeze }; }
  get isProtected(): boolean { return this.model.protection.protected; }
  get merges(): string[] { return this.model.merges.map((b) => formatBounds(b)); }

  private bounds(address?: string): Bounds {
    if (address === undefined) return usedBounds(this.model, false) ?? { r1: 0, c1: 0, r2: 0, c2: 0 };
    const b = parseBounds(address);
    if (!b) throw invalidArgument("FakeSheetView", `Not an address: ${address}`);
    return b;
  }

  /** `Sheet1!A1:C5`, or null for an empty sheet (what getUsedRangeOrNullObject would say). */
  usedAddress(valuesOnly = false): string | null {
    const b = usedBounds(this.model, valuesOnly);
    return b ? formatAddress(this.model.name, b) : null;
  }

  /** As `range.values` would read (formulas calculated); the used range when no address is given. */
  values(address?: string): unknown[][] {
    return readGrid(this.fake.calc, this.model, this.bounds(address), "values", "FakeSheetView.values");
  }

  formulas(address?: string): unknown[][] {
    return readGrid(this.fake.calc, this.model, this.bounds(address), "formulas", "FakeSheetView.formulas");
  }

  numberFormats(address?: string): unknown[][] {
    return readGrid(this.fake.calc, this.model, this.bounds(address), "numberFormat", "FakeSheetView.numberFormats");
  }

  /** One cell's value and effective format; `style` lists Excel's value for each format property. */
  cell(a1: string) {
    const b = this.bounds(a1);
    const raw = effectiveCell(this.model, b.r1, b.c1);
    const one: Bounds = { r1: b.r1, c1: b.c1, r2: b.r1, c2: b.c1 };
    const keys: StyleKey[] = ["fill", "horizontalAlignment", "verticalAlignment", "wrapText", "locked", "formulaHidden", "font.bold", "font.italic", "font.color", "font.name", "font.size", "font.underline"];
    const borders: BorderIndex[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    return {
      value: readGrid(this.fake.calc, this.model, one, "values", "cell")[0]![0],
      formula: raw.formula,
      numberFormat: raw.numberFormat ?? "General",
      style: Object.fromEntries(keys.map((k) => [k, readStyle(this.model, [one], k)])) as Record<StyleKey, unknown>,
      borders: Object.fromEntries(borders.map((i) => [i, readBorder(this.model, [one], i, "style")])) as Record<BorderIndex, unknown>,
      validation: raw.validation as ValidationModel | undefined,
    };
  }

  /** In points; `column` is a letter ("B") or a 0-based index. */
  columnWidth(column: string | number): number {
    const c = typeof column === "number" ? column : columnIndex(column) - 1;
    return this.model.colWidths.get(c) ?? DEFAULT_COLUMN_WIDTH;
  }

  /** In points; `row` is 1-based as on screen. */
  rowHeight(row: number): number {
    return this.model.rowHeights.get(row - 1) ?? DEFAULT_ROW_HEIGHT;
  }
}
