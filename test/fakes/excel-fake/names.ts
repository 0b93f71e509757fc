/**
 * Defined names: `workbook.names` (workbook scope) and `worksheet.names` (sheet scope,
 * ExcelApi 1.4). A range name follows its sheet when the sheet is renamed, as in Excel.
 */
import { formatAddress, parseSheetAddress } from "./address";
import { FakeClientObject, FakeClientResult, FakeCollection } from "./client-object";
import type { FakeRequestContext } from "./context";
import { ERROR_LITERALS } from "./coerce";
import { invalidArgument, invalidObjectPath, itemAlreadyExists, itemNotFound } from "./errors";
import { type NameModel, type NameTarget, sameName, type SheetModel } from "./model";
import { FakeRange } from "./range";
import type { FakeWorksheet } from "./worksheets";

function formulaOf(t: NameTarget): string {
  return t.kind === "range" ? "=" + formatAddress(t.sheet.name, t.bounds, true) : "=" + t.text;
}

function typeAndValue(t: NameTarget): { type: string; value: unknown } {
  if (t.kind === "range") return { type: "Range", value: formatAddress(t.sheet.name, t.bounds, true) };
  const text = t.text.trim();
  if (/^".*"$/s.test(text)) return { type: "String", value: text.slice(1, -1).replace(/""/g, '"') };
  if (/^[+-]?\d+$/.test(text)) return { type: "Integer", value: Number(text) };
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return { type: "Double", value: Number(text) };
  if (/^(TRUE|FALSE)$/i.test(text)) return { type: "Boolean", value: text.toUpperCase() === "TRUE" };
  return { type: "Error", value: ERROR_LITERALS.includes(text.toUpperCase()) ? text.toUpperCase() : "#NAME?" };
}

/** Excel's rules for a defined name. */
function validName(name: string): boolean {
  return (
    typeof name === "string" &&
    name.length > 0 &&
    name.length <= 255 &&
    /^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[Rr](\d*)?[Cc]?(\d*)?$/.test(name)
  );
}

export class FakeNamedItem extends FakeClientObject {
  readonly _className = "NamedItem";
  /** @internal */
  _target: NameModel | null | undefined;

  constructor(context: FakeRequestContext, target?: NameModel) {
    super(context);
    this._target = target;
  }

  /** @internal */
  _instantiate(where: string, resolve: () => NameModel | undefined, nullable = false): this {
    this.context._enqueue(where, () => {
      const name = resolve() ?? null;
      if (!name && !nullable) throw itemNotFound(where);
      this._target = name;
      return () => {
        this._isNull = name === null;
      };
    });
    return this;
  }

  /** @internal */
  _name(where: string): NameModel {
    if (this._target === undefined) throw invalidObjectPath(`NamedItem.${where}`);
    const name = this._notNull(this._target, where);
    if (!this.context._fake.model.names.includes(name)) throw itemNotFound(`NamedItem.${where}`);
    return name;
  }

  _resolveIsNull(): boolean {
    if (this._target === null) return true;
    this._name("load");
    return false;
  }

  _scalarNames() {
    return ["name", "type", "value", "visible", "comment", "scope", "formula"] as const;
  }

  _readScalar(prop: string): unknown {
    const n = this._name("load");
    switch (prop) {
      case "name":
        return n.name;
      case "visible":
        return n.visible;
      case "comment":
        return n.comment;
      case "scope":
        return n.scope ? "Worksheet" : "Workbook";
      case "formula":
        return formulaOf(n.target);
      case "type":
        return typeAndValue(n.target).type;
      case "value":
        return typeAndValue(n.target).value;
    }
    return undefined;
  }

  get name(): string { return this._get("name"); }
  get type(): string { return this._get("type"); }
  get value(): unknown { return this._get("value"); }
  get scope(): string { return this._get("scope"); }
  get visible(): boolean { return this._get("visible"); }
  set visible(v: boolean) {
    this._set("visible", v, () => {
      this._name("visible").visible = Boolean(v);
    });
  }
  get comment(): string { return this._get("comment"); }
  set comment(v: string) {
    this.context._fake.requirements.require("NamedItem.comment", "1.4");
    this._set("comment", v, () => {
      this._name("comment").comment = String(v);
    });
  }
  get formula(): string {
    this.context._fake.requirements.require("NamedItem.formula", "1.7");
    return this._get("formula");
  }
  set formula(v: string) {
    this.context._fake.requirements.require("NamedItem.formula", "1.7");
    this._set("formula", v, () => {
      const n = this._name("formula");
      n.target = parseReference(this.context._fake.model.sheets, String(v), "NamedItem.formula");
    });
  }

  getRange(): FakeRange {
    return new FakeRange(this.context)._instantiate("NamedItem.getRange", () => {
      const t = this._name("getRange").target;
      if (t.kind !== "range") throw invalidArgument("NamedItem.getRange");
      return { sheet: t.sheet, b: t.bounds };
    });
  }

  getRangeOrNullObject(): FakeRange {
    this.context._fake.requirements.require("NamedItem.getRangeOrNullObject", "1.4");
    return new FakeRange(this.context)._instantiate("NamedItem.getRangeOrNullObject", () => {
      const t = this._name("getRangeOrNullObject").target;
      return t.kind === "range" ? { sheet: t.sheet, b: t.bounds } : null;
    }, true);
  }

  delete(): void {
    this.context._fake.requirements.require("NamedItem.delete", "1.4");
    this._call("delete", () => {
      const n = this._name("delete");
      const model = this.context._fake.model;
      model.names = model.names.filter((x) => x !== n);
    });
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

  /** `reference`: a Range, or a formula such as `=Sheet1!$A$1`, `="stats-table"`, `=2025`. */
  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    this.context._fake.requirements.require("NamedItemCollection.add", "1.4");
    return new FakeNamedItem(this.context)._instantiate("NamedItemCollection.add", () => {
      const where = "NamedItemCollection.add";
      if (!validName(name)) throw invalidArgument(where);
      if (this.inScope(where).some((n) => sameName(n.name, name))) throw itemAlreadyExists(where);
      const model = this.context._fake.model;
      const target: NameTarget =
        typeof reference === "string"
          ? parseReference(model.sheets, reference, where)
          : (() => {
              const t = reference._range(where);
              return { kind: "range", sheet: t.sheet, bounds: t.b };
            })();
      const created: NameModel = { name, scope: this.scope(where), comment: comment ?? "", visible: true, target };
      model.names.push(created);
      return created;
    });
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context)._instantiate("NamedItemCollection.getItem", () => this.inScope("getItem").find((n) => sameName(n.name, name)));
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    this.context._fake.requirements.require("NamedItemCollection.getItemOrNullObject", "1.4");
    return new FakeNamedItem(this.context)._instantiate("NamedItemCollection.getItemOrNullObject", () => this.inScope("getItemOrNullObject").find((n) => sameName(n.name, name)), true);
  }

  getCount(): FakeClientResult<number> {
    this.context._fake.requirements.require("NamedItemCollection.getCount", "1.4");
    const result = new FakeClientResult<number>();
    this._call("getCount", () => {
      const n = this.inScope("getCount").length;
      return () => result._resolve(n);
    });
    return result;
  }
}
