/** `context.workbook`: its sheets, its names, and inserting sheets from a file. */
import { FakeClientObject, FakeClientResult } from "./client-object";
import { insertWorksheets, type InsertOptions } from "./insert-base64";
import { FakeNamedItemCollection } from "./names";
import { FakeWorksheet, FakeWorksheetCollection } from "./worksheets";

export class FakeWorkbook extends FakeClientObject {
  readonly _className = "Workbook";
  private readonly children: { worksheets?: FakeWorksheetCollection; names?: FakeNamedItemCollection } = {};

  _scalarNames() {
    return [];
  }
  _readScalar(): unknown {
    return undefined;
  }
  _resolveIsNull() {
    return false;
  }

  get worksheets(): FakeWorksheetCollection {
    return (this.children.worksheets ??= new FakeWorksheetCollection(this.context));
  }

  get names(): FakeNamedItemCollection {
    return (this.children.names ??= new FakeNamedItemCollection(this.context, null));
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
