/**
 * A test's view of one sheet, read straight from the model (no load, no sync, not counted):
 * what a person would see in Excel after the code under test has run.
 */
import { type Bounds, formatAddress, parseBounds } from "./address";
import { readGrid } from "./cells";
import type { FakeCore } from "./context";
import { invalidArgument } from "./errors";
import { cellKey, type SheetModel, usedBounds } from "./model";

export class FakeSheetView {
  constructor(private readonly fake: FakeCore, /** The model itself, for what the view does not cover. */ readonly model: SheetModel) {}

  get name(): string {
    return this.model.name;
  }

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
    return readGrid(this.fake.model, this.model, this.bounds(address), "values", "FakeSheetView.values");
  }

  /** One cell: its value as `range.values` reads it, its formula ("=…") and its number format. */
  cell(a1: string): { value: unknown; formula: string | undefined; numberFormat: string } {
    const { r1, c1 } = this.bounds(a1);
    const stored = this.model.cells.get(cellKey(r1, c1));
    return {
      value: readGrid(this.fake.model, this.model, { r1, c1, r2: r1, c2: c1 }, "values", "FakeSheetView.cell")[0]![0],
      formula: stored?.formula,
      numberFormat: stored?.numberFormat ?? "General",
    };
  }
}
