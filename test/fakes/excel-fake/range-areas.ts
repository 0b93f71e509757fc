/** `RangeAreas` (ExcelApi 1.9): several rectangles of one sheet, as `worksheet.getRanges("A1:B2, D4")`. */
import { type Bounds, cellCount, formatAddress, isEntireColumn, isEntireRow } from "./address";
import { clearCells } from "./cells";
import { FakeClientObject, FakeCollection } from "./client-object";
import type { FakeRequestContext } from "./context";
import { FakeDataValidation } from "./data-validation";
import { FakeOfficeError, invalidObjectPath, itemNotFound } from "./errors";
import type { SheetModel } from "./model";
import { type AreasOwner, FakeRange } from "./range";
import { FakeRangeFormat } from "./range-format";

interface AreasTarget {
  sheet: SheetModel;
  areas: Bounds[];
}

export class FakeRangeCollection extends FakeCollection<FakeRange> {
  readonly _className = "RangeCollection";

  constructor(context: FakeRequestContext, private readonly owner: FakeRangeAreas) {
    super(context);
  }

  _listItems(): FakeRange[] {
    const { sheet, areas } = this.owner._areas("areas");
    return areas.map((b) => new FakeRange(this.context, { sheet, b }));
  }

  _sampleItem(): FakeRange {
    return new FakeRange(this.context);
  }
}

export class FakeRangeAreas extends FakeClientObject implements AreasOwner {
  readonly _className = "RangeAreas";
  /** @internal */
  _target: AreasTarget | null | undefined;
  private parts: { format?: FakeRangeFormat; dataValidation?: FakeDataValidation; areas?: FakeRangeCollection } = {};

  /** @internal */
  _instantiate(where: string, resolve: () => AreasTarget): this {
    this.context._enqueue(where, () => {
      const target = resolve();
      this._target = target;
      return () => {
        this._isNull = false;
      };
    });
    return this;
  }

  _areas(where: string): AreasTarget {
    if (this._target === undefined) throw invalidObjectPath(`RangeAreas.${where}`);
    const target = this._notNull(this._target, where);
    if (target.sheet.deleted) throw itemNotFound(`RangeAreas.${where}`);
    return target;
  }

  _resolveIsNull(): boolean {
    this._areas("load");
    return false;
  }

  _scalarNames() {
    return ["address", "addressLocal", "areaCount", "cellCount", "isEntireColumn", "isEntireRow"] as const;
  }

  _readScalar(name: string): unknown {
    const { sheet, areas } = this._areas("load");
    switch (name) {
      case "address":
      case "addressLocal":
        return areas.map((b) => formatAddress(sheet.name, b)).join(", ");
      case "areaCount":
        return areas.length;
      case "cellCount":
        return areas.reduce((n, b) => n + cellCount(b), 0);
      case "isEntireColumn":
        return areas.every(isEntireColumn);
      case "isEntireRow":
        return areas.every(isEntireRow);
    }
    return undefined;
  }

  override _child(name: string) {
    return name === "format" ? this.format : name === "dataValidation" ? this.dataValidation : name === "areas" ? this.areas : undefined;
  }

  get address(): string { return this._get("address"); }
  get addressLocal(): string { return this._get("addressLocal"); }
  get areaCount(): number { return this._get("areaCount"); }
  get cellCount(): number { return this._get("cellCount"); }
  get isEntireColumn(): boolean { return this._get("isEntireColumn"); }
  get isEntireRow(): boolean { return this._get("isEntireRow"); }

  get areas(): FakeRangeCollection {
    return (this.parts.areas ??= new FakeRangeCollection(this.context, this));
  }
  get format(): FakeRangeFormat {
    return (this.parts.format ??= new FakeRangeFormat(this.context, this));
  }
  get dataValidation(): FakeDataValidation {
    return (this.parts.dataValidation ??= new FakeDataValidation(this.context, this));
  }

  clear(applyTo: string = "All"): void {
    this._call("clear", () => {
      const { sheet, areas } = this._areas("clear");
      for (const b of areas) clearCells(sheet, b, applyTo, "RangeAreas.clear");
    });
  }

  select(): void {
    this._call("select", () => {
      const { sheet, areas } = this._areas("select");
      if (sheet.visibility !== "Visible") throw new FakeOfficeError("InvalidSelection", "The current selection is invalid for this operation.", "RangeAreas.select");
      const model = this.context._fake.model;
      model.active = sheet;
      model.selection = { sheet, areas: [...areas] };
    });
  }
}
