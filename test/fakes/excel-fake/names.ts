/**
 * Defined names: `workbook.names` (workbook scope) and `worksheet.names` (sheet scope,
 * ExcelApi 1.4), read as the adapter reads them (`load("items/name, items/type, …")`).
 * A range name follows its sheet when the sheet is renamed, as in Excel.
 */
import { formatAddress, parseSheetAddress } from "./address";
import { FakeClientObject, FakeCollection } from "./client-object";
import type { FakeRequestContext } from "./context";
import { ERROR_LITERALS } from "./coerce";
import { invalidArgument, itemAlreadyExists } from "./errors";
import { type NameModel, type NameTarget, sameName, type SheetModel } from "./model";
import type { FakeWorksheet } from "./worksheets";

/** What Office.js reports as a name's `type` and `value` (ExcelApi 1.1). */
function typeAndValue(t: NameTarget): { type: string; value: unknown } {
  if (t.kind === "range") return { type: "Range", value: formatAddress(t.sheet.name, t.bounds, true) };
  const text = t.text.trim();
  if (/^".*"$/s.test(text)) return { type: "String", value: text.slice(1, -1).replace(/""/g, '"') };
  if (/^[+-]?\d+$/.test(text)) return { type: "Integer", value: Number(text) };
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return { type: "Double", value: Number(text) };
  if (/^(TRUE|FALSE)$/i.test(text)) return { type: "Boolean", value: text.toUpperCase() === "TRUE" };
  return { type: "Error", value: ERROR_LITERALS.includes(text.toUpperCase()) ? text.toUpperCase() : "#NAME?" };
}

export class FakeNamedItem extends FakeClientObject {
  readonly _className = "NamedItem";

  constructor(context: FakeRequestContext, private readonly target?: NameModel) {
    super(context);
  }

  _resolveIsNull(): boolean {
    return false;
  }

  _scalarNames() {
    return ["name", "type", "value", "formula"];
  }

  _readScalar(prop: string): unknown {
    const n = this.target!;
    if (prop === "name") return n.name;
    if (prop === "formula") return n.target.kind === "range" ? "=" + formatAddress(n.target.sheet.name, n.target.bounds, true) : "=" + n.target.text;
    return typeAndValue(n.target)[prop as "type" | "value"];
  }

  get name(): string { return this._get("name"); }
  get type(): string { return this._get("type"); }
  get value(): unknown { return this._get("value"); }
  get formula(): string {
    this.context._fake.requirements.require("NamedItem.formula", "1.7");
    return this._get("formula");
  }
}

function parseReference(sheets: SheetModel[], reference: string, where: string): NameTarget {
  const text = reference.trim();
  const ref = parseSheetAddress(text);
  if (ref) {
    const sheet = sheets.find((s) => sameName(s.name, ref.sheet));
    if (!sheet) throw invalidArgument(where);
    return { kind: "range", sheet, bounds: ref.bounds };
  }
  if (!text.startsWith("=") || text.length < 2) throw invalidArgument(where);
  return { kind: "formula", text: text.slice(1) };
}

export class FakeNamedItemCollection extends FakeCollection<FakeNamedItem> {
  readonly _className = "NamedItemCollection";

  /** `worksheet` is null for `workbook.names`. */
  constructor(context: FakeRequestContext, private readonly worksheet: FakeWorksheet | null) {
    super(context);
  }

  private scope(where: string): SheetModel | null {
    return this.worksheet ? this.worksheet._sheet(where) : null;
  }

  private inScope(where: string): NameModel[] {
    const scope = this.scope(where);
    return this.context._fake.model.names.filter((n) => n.scope === scope);
  }

  _listItems(): FakeNamedItem[] {
    return this.inScope("items").map((n) => new FakeNamedItem(this.context, n));
  }

  _sampleItem(): FakeNamedItem {
    return new FakeNamedItem(this.context);
  }

  /** `reference`: a formula such as `=Sheet1!$A$1`, `="stats-table"`, `=2025`. The proxy it returns is not modelled. */
  add(name: string, reference: string): void {
    this.context._fake.requirements.require("NamedItemCollection.add", "1.4");
    const where = "NamedItemCollection.add";
    this._call("add", () => {
      if (!/^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) throw invalidArgument(where);
      if (this.inScope(where).some((n) => sameName(n.name, name))) throw itemAlreadyExists(where);
      const model = this.context._fake.model;
      model.names.push({ name, scope: this.scope(where), comment: "", visible: true, target: parseReference(model.sheets, reference, where) });
    });
  }
}
