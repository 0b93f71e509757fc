/** `worksheet.protection` (ExcelApi 1.2): only `protect()`, for tests that need Excel's AccessDenied. */
import { FakeClientObject } from "./client-object";
import type { FakeRequestContext } from "./context";
import { invalidOperation } from "./errors";
import type { FakeWorksheet } from "./worksheets";

export class FakeWorksheetProtection extends FakeClientObject {
  readonly _className = "WorksheetProtection";

  constructor(context: FakeRequestContext, private readonly worksheet: FakeWorksheet) {
    super(context);
  }

  _scalarNames() {
    return ["protected"];
  }
  _readScalar(): unknown {
    return this.worksheet._sheet("protection").protected;
  }
  _resolveIsNull() {
    return this.worksheet._resolveIsNull();
  }

  get protected(): boolean {
    return this._get("protected");
  }

  /** Every cell stays locked; protecting a protected sheet fails, as in Excel. */
  protect(): void {
    this._call("protect", () => {
      const sheet = this.worksheet._sheet("protect");
      if (sheet.protected) throw invalidOperation("WorksheetProtection.protect");
      sheet.protected = true;
    });
  }
}
