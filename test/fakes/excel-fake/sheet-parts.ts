/** `worksheet.freezePanes` (ExcelApi 1.7) and `worksheet.protection` (ExcelApi 1.2). */
import { parseBounds } from "./address";
import { FakeClientObject } from "./client-object";
import type { FakeRequestContext } from "./context";
import { invalidArgument, invalidOperation } from "./errors";
import { FakeRange } from "./range";
import type { FakeWorksheet } from "./worksheets";

export class FakeFreezePanes extends FakeClientObject {
  readonly _className = "WorksheetFreezePanes";

  constructor(context: FakeRequestContext, private readonly worksheet: FakeWorksheet) {
    super(context);
  }

  _scalarNames() {
    return [] as const;
  }
  _readScalar(): unknown {
    return undefined;
  }
  _resolveIsNull() {
    return this.worksheet._resolveIsNull();
  }

  private freeze(method: string, rows: number, columns: number): void {
    this._call(method, () => {
      if (!Number.isInteger(rows) || !Number.isInteger(columns) || rows < 0 || columns < 0) throw invalidArgument(`WorksheetFreezePanes.${method}`);
      this.worksheet._sheet(method).freeze = { rows, columns };
    });
  }

  freezeRows(count = 1): void {
    this.freeze("freezeRows", count, 0);
  }

  freezeColumns(count = 1): void {
    this.freeze("freezeColumns", 0, count);
  }

  /** Freezes the rows above and the columns left of the range's bottom-right corner, plus the range. */
  freezeAt(frozenRange: FakeRange | string): void {
    this._call("freezeAt", () => {
      const b = typeof frozenRange === "string" ? parseBounds(frozenRange) : frozenRange._range("freezeAt").b;
      if (!b) throw invalidArgument("WorksheetFreezePanes.freezeAt");
      this.worksheet._sheet("freezeAt").freeze = { rows: b.r2 + 1, columns: b.c2 + 1 };
    });
  }

  unfreeze(): void {
    this.freeze("unfreeze", 0, 0);
  }

  getLocationOrNullObject(): FakeRange {
    return new FakeRange(this.context)._instantiate(
      "WorksheetFreezePanes.getLocationOrNullObject",
      () => {
        const sheet = this.worksheet._sheet("getLocationOrNullObject");
        const { rows, columns } = sheet.freeze;
        if (rows === 0 && columns === 0) return null;
        return { sheet, b: { r1: 0, c1: 0, r2: Math.max(rows, 1) - 1, c2: Math.max(columns, 1) - 1 } };
      },
      true,
    );
  }
}

export class FakeWorksheetProtection extends FakeClientObject {
  readonly _className = "WorksheetProtection";

  constructor(context: FakeRequestContext, private readonly worksheet: FakeWorksheet) {
    super(context);
  }

  _scalarNames() {
    return ["protected", "options"] as const;
  }
  _readScalar(name: string): unknown {
    const p = this.worksheet._sheet("protection").protection;
    return name === "protected" ? p.protected : { ...p.options };
  }
  _resolveIsNull() {
    return this.worksheet._resolveIsNull();
  }

  get protected(): boolean {
    return this._get("protected");
  }

  get options(): Record<string, boolean> {
    return this._get("options");
  }

  /** Fails on a sheet that is already protected, as Excel's does. */
  protect(options?: Record<string, boolean>, password?: string): void {
    if (password !== undefined) this.context._fake.requirements.require("WorksheetProtection.protect", "1.7");
    this._call("protect", () => {
      const sheet = this.worksheet._sheet("protect");
      if (sheet.protection.protected) throw invalidOperation("WorksheetProtection.protect");
      sheet.protection = { protected: true, options: { ...options }, ...(password !== undefined ? { password } : {}) };
    });
  }

  unprotect(password?: string): void {
    this._call("unprotect", () => {
      const sheet = this.worksheet._sheet("unprotect");
      if (sheet.protection.password !== undefined && sheet.protection.password !== password) throw invalidArgument("WorksheetProtection.unprotect");
      sheet.protection = { protected: false, options: {} };
    });
  }
}
