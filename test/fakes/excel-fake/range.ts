/** `Range`: where it is, its contents (read and written), and selecting it. */
import { type Bounds, formatAddress } from "./address";
import { type GridProperty, readGrid, writeGrid } from "./cells";
import { FakeClientObject } from "./client-object";
import { FakeOfficeError, invalidObjectPath, itemNotFound } from "./errors";
import type { SheetModel } from "./model";

export interface RangeTarget {
  sheet: SheetModel;
  b: Bounds;
}

const GRID: readonly string[] = ["values", "formulas", "numberFormat", "valueTypes"] satisfies GridProperty[];

export class FakeRange extends FakeClientObject {
  readonly _className = "Range";
  /** @internal undefined until the sync that resolves it; null for a null object. */
  _target: RangeTarget | null | undefined;

  /** @internal Resolves the range at the next sync (in queue order, as Excel does). */
  _instantiate(where: string, resolve: () => RangeTarget | null, nullable = false): this {
    this.context._enqueue(where, () => {
      const target = resolve();
      if (!target && !nullable) throw itemNotFound(where);
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

  _resolveIsNull(): boolean {
    if (this._target === null) return true;
    this._range("load");
    return false;
  }

  _scalarNames() {
    return ["address", "rowIndex", "columnIndex", ...GRID];
  }

  _readScalar(name: string): unknown {
    const { sheet, b } = this._range("load");
    if (GRID.includes(name)) return readGrid(this.context._fake.model, sheet, b, name as GridProperty, `Range.${name}`);
    return name === "address" ? formatAddress(sheet.name, b) : name === "rowIndex" ? b.r1 : b.c1;
  }

  get address(): string { return this._get("address"); }
  get rowIndex(): number { return this._get("rowIndex"); }
  get columnIndex(): number { return this._get("columnIndex"); }
  get formulas(): unknown[][] { return this._get("formulas"); }
  get valueTypes(): string[][] { return this._get("valueTypes"); }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get values(): any[][] { return this._get("values"); }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  set values(v: any[][]) { this.write("values", v); }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get numberFormat(): any[][] { return this._get("numberFormat"); }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  set numberFormat(v: any[][]) { this.write("numberFormat", v); }

  private write(name: "values" | "numberFormat", value: unknown): void {
    this._set(name, value, () => {
      const { sheet, b } = this._range(name);
      writeGrid(sheet, b, value, name, `Range.${name}`);
    });
  }

  /** Makes the sheet active and records the selection (`fake.selection`). */
  select(): void {
    this._call("select", () => {
      const { sheet, b } = this._range("select");
      if (sheet.visibility !== "Visible") throw new FakeOfficeError("InvalidSelection", "The current selection is invalid for this operation.", "Range.select");
      const model = this.context._fake.model;
      model.active = sheet;
      model.selection = { sheet, bounds: b };
    });
  }
}
