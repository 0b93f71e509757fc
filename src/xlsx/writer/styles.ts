import type { Style } from "exceljs";
import type { CellStyle } from "../../core/sheet";

/** The printed appendix is set in Times New Roman 12, so every written cell is too. */
export const DEFAULT_FONT = { name: "Times New Roman", size: 12, family: 1 } as const;

/**
 * Fills, as ARGB. Each is light enough to print as a faint grey (or not at all) on a
 * black-and-white printer, so a printed form never hides its text under a dark band.
 */
export const FILLS: Record<NonNullable<CellStyle["fill"]>, string> = {
  input: "FFFFF9E5", // pale yellow: "type here" on screen, near white on paper
  disabled: "FFD9D9D9", // light grey: takes no entry
  header: "FFD6DCE4", // light blue-grey
  total: "FFE9EEF5", // lighter grey-blue, told apart from the header band
};

/**
 * Builds complete ExcelJS styles and shares one object per distinct look.
 *
 * The whole style is built before it is assigned because ExcelJS's per-property setters
 * (`cell.font = …`) mutate `cell.style`, which would leak into every cell sharing it.
 */
export class StyleBook {
  /** By the description's own style object: a sheet shares a handful of them over all its cells. */
  private readonly byObject = new WeakMap<CellStyle, [Partial<Style> | undefined, Partial<Style> | undefined]>();
  private readonly byKey = new Map<string, Partial<Style>>();
  private readonly plain: [Partial<Style> | undefined, Partial<Style> | undefined] = [undefined, undefined];

  get(style: CellStyle | undefined, locked: boolean): Partial<Style> {
    const pair = style === undefined ? this.plain : this.pairOf(style);
    const at = locked ? 0 : 1;
    return (pair[at] ??= this.byLook(style ?? {}, locked));
  }

  private pairOf(style: CellStyle): [Partial<Style> | undefined, Partial<Style> | undefined] {
    let pair = this.byObject.get(style);
    if (!pair) this.byObject.set(style, (pair = [undefined, undefined]));
    return pair;
  }

  /** Equal looks from different objects still share one ExcelJS style (and so one xf). */
  private byLook(style: CellStyle, locked: boolean): Partial<Style> {
    const key = styleKey(style, locked);
    let built = this.byKey.get(key);
    if (!built) this.byKey.set(key, (built = buildStyle(style, locked)));
    return built;
  }
}

/** A cheap key of everything a {@link CellStyle} says: equal keys, equal looks. */
export function styleKey(style: CellStyle, locked: boolean): string {
  const f = style.font;
  const font = f ? `${f.bold ? "b" : ""}${f.italic ? "i" : ""}${f.underline ? "u" : ""}|${f.size ?? ""}|${f.color ?? ""}` : "";
  return `${font}|${style.horizontal ?? ""}|${style.vertical ?? ""}|${style.wrap ? 1 : ""}|${style.border ? 1 : ""}|${style.fill ?? ""}|${style.indent ?? ""}|${locked ? 1 : 0}|${style.numFmt ?? ""}`;
}

function buildStyle(style: CellStyle, locked: boolean): Partial<Style> {
  const f = style.font ?? {};
  const out: Partial<Style> = {
    font: {
      ...DEFAULT_FONT,
      ...(f.size !== undefined ? { size: f.size } : {}),
      ...(f.bold ? { bold: true } : {}),
      ...(f.italic ? { italic: true } : {}),
      ...(f.underline ? { underline: "single" as const } : {}),
      ...(f.color !== undefined ? { color: { argb: argb(f.color) } } : {}),
    },
  };
  if (style.horizontal || style.vertical || style.wrap || style.indent) {
    out.alignment = {
      ...(style.horizontal ? { horizontal: style.horizontal } : {}),
      ...(style.vertical ? { vertical: style.vertical } : {}),
      ...(style.wrap ? { wrapText: true } : {}),
      ...(style.indent ? { indent: style.indent } : {}),
    };
  }
  if (style.border) {
    const thin = { style: "thin" as const };
    out.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (style.fill) {
    out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: FILLS[style.fill] } };
  }
  if (style.numFmt !== undefined) out.numFmt = style.numFmt;
  // Cells are locked by default in Excel; only the exception needs writing.
  if (!locked) out.protection = { locked: false };
  return out;
}

function argb(rgb: string): string {
  if (!/^[0-9A-Fa-f]{6}$/.test(rgb)) {
    throw new Error(`Font colour must be "RRGGBB", got ${JSON.stringify(rgb)}`);
  }
  return "FF" + rgb.toUpperCase();
}
