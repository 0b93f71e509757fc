/**
 * Cell formats behind `range.format` (fill, font, alignment, wrap, protection, borders):
 * Excel's defaults, its accepted values, and its reading rule that a property which differs
 * across the range reads as null.
 */
import { type Bounds, cellCount, isEntireColumn, isEntireRow } from "./address";
import { FakeOfficeError, invalidArgument } from "./errors";
import { effectiveCell, effectiveSamples, formatTargets } from "./layers";
import { type BorderModel, type BorderSide, type CellModel, type CellStyle, cellAt, type SheetModel } from "./model";

export const DEFAULT_FONT = { bold: false, italic: false, color: "#000000", name: "Calibri", size: 11, underline: "None" };
export const DEFAULT_BORDER: BorderModel = { style: "None", color: "#000000", weight: "Thin" };

export type StyleKey =
  | "fill"
  | "horizontalAlignment"
  | "verticalAlignment"
  | "wrapText"
  | "locked"
  | "formulaHidden"
  | "font.bold"
  | "font.italic"
  | "font.color"
  | "font.name"
  | "font.size"
  | "font.underline";

const DEFAULTS: Record<StyleKey, unknown> = {
  fill: "#FFFFFF",
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  wrapText: false,
  locked: true,
  formulaHidden: false,
  "font.bold": false,
  "font.italic": false,
  "font.color": "#000000",
  "font.name": "Calibri",
  "font.size": 11,
  "font.underline": "None",
};

const CHOICES: Partial<Record<StyleKey, string[]>> = {
  horizontalAlignment: ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"],
  verticalAlignment: ["Top", "Center", "Bottom", "Justify", "Distributed"],
  "font.underline": ["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"],
};

const COLOR_NAMES: Record<string, string> = {
  black: "#000000", white: "#FFFFFF", red: "#FF0000", green: "#008000", blue: "#0000FF", yellow: "#FFFF00",
  orange: "#FFA500", gray: "#808080", grey: "#808080", lightgray: "#D3D3D3", lightgrey: "#D3D3D3",
  lightgreen: "#90EE90", lightblue: "#ADD8E6", lightyellow: "#FFFFE0", purple: "#800080", pink: "#FFC0CB",
};

/** Excel takes `#RRGGBB` or an HTML colour name and reads it back as upper-case `#RRGGBB`. */
export function normaliseColor(value: unknown, where: string): string {
  if (typeof value === "string") {
    if (/^#[0-9a-fA-F]{6}$/.test(value)) return value.toUpperCase();
    const named = COLOR_NAMES[value.toLowerCase()];
    if (named) return named;
  }
  throw invalidArgument(where);
}

function getKey(style: CellStyle | undefined, key: StyleKey): unknown {
  if (!style) return undefined;
  if (key.startsWith("font.")) return style.font?.[key.slice(5) as keyof typeof DEFAULT_FONT];
  return style[key as Exclude<StyleKey, `font.${string}`>];
}

function uniform(values: unknown[]): unknown {
  if (values.length === 0) return null;
  const first = JSON.stringify(values[0]);
  return values.every((v) => JSON.stringify(v) === first) ? values[0] : null;
}

export function readStyle(sheet: SheetModel, areas: Bounds[], key: StyleKey): unknown {
  const values = areas.flatMap((b) => effectiveSamples(sheet, b)).map((cell) => getKey(cell.style, key) ?? DEFAULTS[key]);
  return uniform(values);
}

export function validateStyle(key: StyleKey, value: unknown, where: string): unknown {
  if (key === "fill" || key === "font.color") return normaliseColor(value, where);
  const choices = CHOICES[key];
  if (choices) {
    if (typeof value !== "string" || !choices.includes(value)) throw invalidArgument(where);
    return value;
  }
  if (key === "font.size") {
    if (typeof value !== "number" || !(value >= 1 && value <= 409)) throw invalidArgument(where);
    return value;
  }
  if (key === "font.name") {
    if (typeof value !== "string" || value === "") throw invalidArgument(where);
    return value;
  }
  if (typeof value !== "boolean") throw invalidArgument(where);
  return value;
}

export function writeStyle(sheet: SheetModel, areas: Bounds[], key: StyleKey, value: unknown): void {
  for (const b of areas) {
    for (const m of formatTargets(sheet, b)) {
      const style: CellStyle = (m.style ??= {});
      if (key.startsWith("font.")) (style.font ??= {})[key.slice(5) as "bold"] = value as never;
      else if (value === undefined) delete style[key as "fill"];
      else style[key as "fill"] = value as never;
    }
  }
}

export const BORDER_INDEXES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"] as const;
export type BorderIndex = (typeof BORDER_INDEXES)[number];
export const BORDER_STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];
export const BORDER_WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"];

type Place = [r: number, c: number, side: BorderSide];

/** The cell sides a border of the range covers; Excel shares a side with the neighbouring cell. */
function borderPlaces(b: Bounds, index: BorderIndex, forWrite: boolean): Place[] {
  const out: Place[] = [];
  const rows = (r: number, side: BorderSide, mirror?: [number, BorderSide]) => {
    for (let c = b.c1; c <= b.c2; c++) {
      out.push([r, c, side]);
      if (forWrite && mirror && mirror[0] >= 0) out.push([mirror[0], c, mirror[1]]);
    }
  };
  const cols = (c: number, side: BorderSide, mirror?: [number, BorderSide]) => {
    for (let r = b.r1; r <= b.r2; r++) {
      out.push([r, c, side]);
      if (forWrite && mirror && mirror[0] >= 0) out.push([r, mirror[0], mirror[1]]);
    }
  };
  switch (index) {
    case "EdgeTop": rows(b.r1, "top", [b.r1 - 1, "bottom"]); break;
    case "EdgeBottom": rows(b.r2, "bottom", [b.r2 + 1, "top"]); break;
    case "EdgeLeft": cols(b.c1, "left", [b.c1 - 1, "right"]); break;
    case "EdgeRight": cols(b.c2, "right", [b.c2 + 1, "left"]); break;
    case "InsideHorizontal": for (let r = b.r1; r < b.r2; r++) rows(r, "bottom", [r + 1, "top"]); break;
    case "InsideVertical": for (let c = b.c1; c < b.c2; c++) cols(c, "right", [c + 1, "left"]); break;
    case "DiagonalDown":
    case "DiagonalUp":
      for (let r = b.r1; r <= b.r2; r++) for (let c = b.c1; c <= b.c2; c++) out.push([r, c, index === "DiagonalDown" ? "diagonalDown" : "diagonalUp"]);
  }
  return out;
}

function assertBorderable(b: Bounds): void {
  if (isEntireColumn(b) || isEntireRow(b) || cellCount(b) > 1 << 20) {
    throw new FakeOfficeError("NotImplemented", "The Excel fake does not draw borders on whole rows or columns.");
  }
}

export function readBorder(sheet: SheetModel, areas: Bounds[], index: BorderIndex, prop: keyof BorderModel): unknown {
  const values: unknown[] = [];
  for (const b of areas) {
    assertBorderable(b);
    for (const [r, c, side] of borderPlaces(b, index, false)) {
      values.push((effectiveCell(sheet, r, c).style?.borders?.[side] ?? DEFAULT_BORDER)[prop]);
    }
  }
  return values.length === 0 ? DEFAULT_BORDER[prop] : uniform(values);
}

export function writeBorder(sheet: SheetModel, areas: Bounds[], index: BorderIndex, prop: keyof BorderModel, value: string): void {
  for (const b of areas) {
    assertBorderable(b);
    for (const [r, c, side] of borderPlaces(b, index, true)) {
      const cell: CellModel = cellAt(sheet, r, c);
      const borders = ((cell.style ??= {}).borders ??= {});
      borders[side] = { ...(borders[side] ?? DEFAULT_BORDER), [prop]: value };
    }
  }
}
