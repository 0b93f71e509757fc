/** `range.format` and its parts: fill, font, borders, protection, widths and heights. */
import type { Bounds } from "./address";
import { assertEditable } from "./cells";
import { FakeClientObject } from "./client-object";
import type { FakeRequestContext } from "./context";
import { invalidArgument } from "./errors";
import type { BorderModel, SheetModel } from "./model";
import type { AreasOwner } from "./range";
import { BORDER_INDEXES, BORDER_STYLES, BORDER_WEIGHTS, type BorderIndex, normaliseColor, readBorder, readStyle, type StyleKey, validateStyle, writeBorder, writeStyle } from "./style";

/** Excel's defaults, in points: 8.43 characters wide, 15 high. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

/** A part of a format whose properties are cell styles; the subclasses only name them. */
abstract class FakeStylePart extends FakeClientObject {
  constructor(context: FakeRequestContext, protected readonly owner: AreasOwner, private readonly keys: Record<string, StyleKey>) {
    super(context);
  }
  _scalarNames(): readonly string[] {
    return Object.keys(this.keys);
  }
  _readScalar(name: string): unknown {
    const { sheet, areas } = this.owner._areas(`${this._className}.${name}`);
    return readStyle(sheet, areas, this.keys[name]!);
  }
  _resolveIsNull(): boolean {
    return this.owner._resolveIsNull();
  }
  protected setStyle(name: string, value: unknown): void {
    const where = `${this._className}.${name}`;
    this._set(name, value, () => {
      const { sheet, areas } = this.owner._areas(where);
      const key = this.keys[name]!;
      assertEditable(sheet, areas, where, key === "locked" || key === "formulaHidden" ? "content" : "format");
      writeStyle(sheet, areas, key, validateStyle(key, value, where));
    });
  }
}

export class FakeRangeFill extends FakeStylePart {
  readonly _className = "RangeFill";
  constructor(context: FakeRequestContext, owner: AreasOwner) {
    super(context, owner, { color: "fill" });
  }
  /** "#FFFFFF" when the cells have no fill, as Excel reports it. */
  get color(): string { return this._get("color"); }
  set color(v: string) { this.setStyle("color", v); }
  clear(): void {
    this._call("clear", () => {
      const { sheet, areas } = this.owner._areas("RangeFill.clear");
      assertEditable(sheet, areas, "RangeFill.clear", "format");
      writeStyle(sheet, areas, "fill", undefined);
    });
  }
}

export class FakeRangeFont extends FakeStylePart {
  readonly _className = "RangeFont";
  constructor(context: FakeRequestContext, owner: AreasOwner) {
    super(context, owner, { bold: "font.bold", italic: "font.italic", color: "font.color", name: "font.name", size: "font.size", underline: "font.underline" });
  }
  get bold(): boolean { return this._get("bold"); }
  set bold(v: boolean) { this.setStyle("bold", v); }
  get italic(): boolean { return this._get("italic"); }
  set italic(v: boolean) { this.setStyle("italic", v); }
  get color(): string { return this._get("color"); }
  set color(v: string) { this.setStyle("color", v); }
  get name(): string { return this._get("name"); }
  set name(v: string) { this.setStyle("name", v); }
  get size(): number { return this._get("size"); }
  set size(v: number) { this.setStyle("size", v); }
  get underline(): string { return this._get("underline"); }
  set underline(v: string) { this.setStyle("underline", v); }
}

export class FakeFormatProtection extends FakeStylePart {
  readonly _className = "FormatProtection";
  constructor(context: FakeRequestContext, owner: AreasOwner) {
    super(context, owner, { locked: "locked", formulaHidden: "formulaHidden" });
  }
  get locked(): boolean { return this._get("locked"); }
  set locked(v: boolean) { this.setStyle("locked", v); }
  get formulaHidden(): boolean { return this._get("formulaHidden"); }
  set formulaHidden(v: boolean) { this.setStyle("formulaHidden", v); }
}

export class FakeRangeBorder extends FakeClientObject {
  readonly _className = "RangeBorder";
  constructor(context: FakeRequestContext, private readonly owner: AreasOwner, private readonly index: BorderIndex) {
    super(context);
  }
  _scalarNames() {
    return ["sideIndex", "style", "color", "weight"] as const;
  }
  _readScalar(name: string): unknown {
    if (name === "sideIndex") return this.index;
    const { sheet, areas } = this.owner._areas(`RangeBorder.${name}`);
    return readBorder(sheet, areas, this.index, name as keyof BorderModel);
  }
  _resolveIsNull(): boolean {
    return this.owner._resolveIsNull();
  }
  private setBorder(prop: keyof BorderModel, value: string): void {
    const where = `RangeBorder.${prop}`;
    this._set(prop, value, () => {
      const { sheet, areas } = this.owner._areas(where);
      assertEditable(sheet, areas, where, "format");
      const ok = prop === "color" ? normaliseColor(value, where) : (prop === "style" ? BORDER_STYLES : BORDER_WEIGHTS).includes(value) ? value : undefined;
      if (ok === undefined) throw invalidArgument(where);
      writeBorder(sheet, areas, this.index, prop, ok);
    });
  }
  get sideIndex(): string { return this._get("sideIndex"); }
  get style(): string { return this._get("style"); }
  set style(v: string) { this.setBorder("style", v); }
  get color(): string { return this._get("color"); }
  set color(v: string) { this.setBorder("color", v); }
  get weight(): string { return this._get("weight"); }
  set weight(v: string) { this.setBorder("weight", v); }
}

export class FakeRangeBorderCollection extends FakeClientObject {
  readonly _className = "RangeBorderCollection";
  private readonly borders = new Map<string, FakeRangeBorder>();
  constructor(context: FakeRequestContext, private readonly owner: AreasOwner) {
    super(context);
  }
  _scalarNames() {
    return [] as const;
  }
  _readScalar(): unknown {
    return undefined;
  }
  _resolveIsNull(): boolean {
    return this.owner._resolveIsNull();
  }
  getItem(index: string): FakeRangeBorder {
    if (!(BORDER_INDEXES as readonly string[]).includes(index)) throw invalidArgument("RangeBorderCollection.getItem");
    let border = this.borders.get(index);
    if (!border) {
      border = new FakeRangeBorder(this.context, this.owner, index as BorderIndex);
      this.borders.set(index, border);
    }
    return border;
  }
}

function lineSizes(map: Map<number, number>, from: number, to: number, fallback: number): number | null {
  const inside = [...map].filter(([i]) => i >= from && i <= to).map(([, v]) => v);
  const all = inside.length < to - from + 1 ? [...inside, fallback] : inside;
  return all.every((v) => v === all[0]) ? all[0]! : null;
}

export class FakeRangeFormat extends FakeStylePart {
  readonly _className = "RangeFormat";
  private parts: { fill?: FakeRangeFill; font?: FakeRangeFont; borders?: FakeRangeBorderCollection; protection?: FakeFormatProtection } = {};
  constructor(context: FakeRequestContext, owner: AreasOwner) {
    super(context, owner, { horizontalAlignment: "horizontalAlignment", verticalAlignment: "verticalAlignment", wrapText: "wrapText" });
  }
  override _scalarNames(): readonly string[] {
    return [...super._scalarNames(), "columnWidth", "rowHeight"];
  }
  override _readScalar(name: string): unknown {
    if (name !== "columnWidth" && name !== "rowHeight") return super._readScalar(name);
    const { sheet, areas } = this.owner._areas(`RangeFormat.${name}`);
    const sizes = areas.map((b) => size(sheet, b, name));
    return sizes.every((s) => s === sizes[0]) ? sizes[0] : null;
  }
  override _child(name: string) {
    return name === "fill" ? this.fill : name === "font" ? this.font : name === "borders" ? this.borders : name === "protection" ? this.protection : undefined;
  }
  get fill(): FakeRangeFill { return (this.parts.fill ??= new FakeRangeFill(this.context, this.owner)); }
  get font(): FakeRangeFont { return (this.parts.font ??= new FakeRangeFont(this.context, this.owner)); }
  get borders(): FakeRangeBorderCollection { return (this.parts.borders ??= new FakeRangeBorderCollection(this.context, this.owner)); }
  get protection(): FakeFormatProtection {
    this.context._fake.requirements.require("RangeFormat.protection", "1.2");
    return (this.parts.protection ??= new FakeFormatProtection(this.context, this.owner));
  }
  get horizontalAlignment(): string { return this._get("horizontalAlignment"); }
  set horizontalAlignment(v: string) { this.setStyle("horizontalAlignment", v); }
  get verticalAlignment(): string { return this._get("verticalAlignment"); }
  set verticalAlignment(v: string) { this.setStyle("verticalAlignment", v); }
  get wrapText(): boolean { return this._get("wrapText"); }
  set wrapText(v: boolean) { this.setStyle("wrapText", v); }

  get columnWidth(): number {
    this.context._fake.requirements.require("RangeFormat.columnWidth", "1.2");
    return this._get("columnWidth");
  }
  set columnWidth(v: number) {
    this.context._fake.requirements.require("RangeFormat.columnWidth", "1.2");
    this.setSize("columnWidth", v);
  }
  get rowHeight(): number {
    this.context._fake.requirements.require("RangeFormat.rowHeight", "1.2");
    return this._get("rowHeight");
  }
  set rowHeight(v: number) {
    this.context._fake.requirements.require("RangeFormat.rowHeight", "1.2");
    this.setSize("rowHeight", v);
  }
  private setSize(name: "columnWidth" | "rowHeight", v: number): void {
    this._set(name, v, () => {
      const { sheet, areas } = this.owner._areas(`RangeFormat.${name}`);
      if (typeof v !== "number" || !(v >= 0)) throw invalidArgument(`RangeFormat.${name}`);
      assertEditable(sheet, areas, `RangeFormat.${name}`, "format");
      for (const b of areas) {
        if (name === "columnWidth") for (let c = b.c1; c <= b.c2; c++) sheet.colWidths.set(c, v);
        else for (let r = b.r1; r <= b.r2; r++) sheet.rowHeights.set(r, v);
      }
    });
  }

  /** Accepted and counted in `fake.operations`; the fake does not measure text. */
  autofitColumns(): void {
    this.context._fake.requirements.require("RangeFormat.autofitColumns", "1.2");
    this._call("autofitColumns", () => undefined);
  }
  autofitRows(): void {
    this.context._fake.requirements.require("RangeFormat.autofitRows", "1.2");
    this._call("autofitRows", () => undefined);
  }
}

function size(sheet: SheetModel, b: Bounds, name: "columnWidth" | "rowHeight"): number | null {
  return name === "columnWidth" ? lineSizes(sheet.colWidths, b.c1, b.c2, DEFAULT_COLUMN_WIDTH) : lineSizes(sheet.rowHeights, b.r1, b.r2, DEFAULT_ROW_HEIGHT);
}
