/**
 * The cell formats (xfs) of the workbook, built as cells ask for them and written as
 * styles.xml at the end. The same looks as the ExcelJS writer's (src/xlsx/writer/styles.ts:
 * Times New Roman 12, the same fills, thin borders, alignment and lock), so both writers'
 * files read back alike.
 *
 * A sheet's cells share a handful of style objects, so the xf is found by the object first
 * (a WeakMap, one lookup per cell) and only a new object is keyed by what it says.
 */
import type { CellStyle } from "../../core/sheet";
import { DEFAULT_FONT, FILLS, styleKey } from "../writer/styles";
import { xmlText } from "./escape";

/** Excel's built-in number formats that ExcelJS writes by id rather than as a custom format. */
const BUILT_IN: Record<string, number> = {
  General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "0.00E+00": 11, "# ?/?": 12, "# ??/??": 13,
  "mm-dd-yy": 14, "d-mmm-yy": 15, "d-mmm": 16, "mmm-yy": 17, "h:mm AM/PM": 18, "h:mm:ss AM/PM": 19, "h:mm": 20, "h:mm:ss": 21,
  'm/d/yy "h":mm': 22, "#,##0 ;(#,##0)": 37, "#,##0 ;[Red](#,##0)": 38, "#,##0.00 ;(#,##0.00)": 39, "#,##0.00 ;[Red](#,##0.00)": 40,
  "mm:ss": 45, "[h]:mm:ss": 46, "mmss.0": 47, "##0.0E+0": 48, "@": 49,
};
const FIRST_CUSTOM_FORMAT = 164;

/** Font 0, fill 0 and 1, border 0 and xf 0 are the ones every workbook starts with. */
const FONT_0 = '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>';
const FILLS_0 = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
const BORDER_0 = "<border><left/><right/><top/><bottom/><diagonal/></border>";
const THIN = '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border>';
const XF_0 = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';

type Pair = [number | undefined, number | undefined];

export class XfBook {
  private readonly byObject = new WeakMap<CellStyle, Pair>();
  private readonly plain: Pair = [undefined, undefined];
  private readonly byLook = new Map<string, number>();
  private readonly xfs: string[] = [XF_0];
  private readonly fonts = new Registry([FONT_0]);
  private readonly fills = new Registry(FILLS_0);
  private readonly borders = new Registry([BORDER_0]);
  private readonly formats = new Map<string, number>();

  /** The xf index of a described look; `locked` as the cell's lock on a protected sheet. */
  get(style: CellStyle | undefined, locked: boolean): number {
    let pair = style === undefined ? this.plain : this.byObject.get(style);
    if (!pair) this.byObject.set(style!, (pair = [undefined, undefined]));
    const at = locked ? 0 : 1;
    return (pair[at] ??= this.find(style ?? {}, locked));
  }

  private find(style: CellStyle, locked: boolean): number {
    const key = styleKey(style, locked);
    let id = this.byLook.get(key);
    if (id === undefined) {
      id = this.xfs.length;
      this.xfs.push(this.build(style, locked));
      this.byLook.set(key, id);
    }
    return id;
  }

  private build(style: CellStyle, locked: boolean): string {
    const numFmtId = style.numFmt === undefined ? 0 : this.format(style.numFmt);
    const fontId = this.fonts.id(fontXml(style));
    const fillId = style.fill ? this.fills.id(`<fill><patternFill patternType="solid"><fgColor rgb="${FILLS[style.fill]}"/></patternFill></fill>`) : 0;
    const borderId = style.border ? this.borders.id(THIN) : 0;
    const align = alignmentXml(style);
    let attrs = `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`;
    if (numFmtId) attrs += ' applyNumberFormat="1"';
    attrs += ' applyFont="1"';
    if (fillId) attrs += ' applyFill="1"';
    if (borderId) attrs += ' applyBorder="1"';
    if (align) attrs += ' applyAlignment="1"';
    if (!locked) attrs += ' applyProtection="1"';
    const inner = align + (locked ? "" : '<protection locked="0"/>');
    return inner ? `<xf ${attrs}>${inner}</xf>` : `<xf ${attrs}/>`;
  }

  private format(code: string): number {
    const builtIn = BUILT_IN[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.formats.get(code);
    if (id === undefined) this.formats.set(code, (id = FIRST_CUSTOM_FORMAT + this.formats.size));
    return id;
  }

  /** styles.xml. */
  xml(): string {
    const formats = [...this.formats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`);
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (formats.length ? `<numFmts count="${formats.length}">${formats.join("")}</numFmts>` : "") +
      this.fonts.xml("fonts") +
      this.fills.xml("fills") +
      this.borders.xml("borders") +
      `<cellStyleXfs count="1">${XF_0}</cellStyleXfs>` +
      `<cellXfs count="${this.xfs.length}">${this.xfs.join("")}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>'
    );
  }
}

/** Distinct XML fragments by index, the first ones fixed. */
class Registry {
  private readonly ids = new Map<string, number>();
  constructor(private readonly items: string[]) {
    items.forEach((x, i) => this.ids.set(x, i));
  }
  id(xml: string): number {
    let id = this.ids.get(xml);
    if (id === undefined) {
      this.ids.set(xml, (id = this.items.length));
      this.items.push(xml);
    }
    return id;
  }
  xml(tag: string): string {
    return `<${tag} count="${this.items.length}">${this.items.join("")}</${tag}>`;
  }
}

function fontXml(style: CellStyle): string {
  const f = style.font ?? {};
  let color = "";
  if (f.color !== undefined) {
    if (!/^[0-9A-Fa-f]{6}$/.test(f.color)) throw new Error(`Font colour must be "RRGGBB", got ${JSON.stringify(f.color)}`);
    color = `<color rgb="FF${f.color.toUpperCase()}"/>`;
  }
  return `<font>${f.bold ? "<b/>" : ""}${f.italic ? "<i/>" : ""}${f.underline ? "<u/>" : ""}<sz val="${f.size ?? DEFAULT_FONT.size}"/>${color}<name val="${DEFAULT_FONT.name}"/><family val="${DEFAULT_FONT.family}"/></font>`;
}

function alignmentXml(style: CellStyle): string {
  if (!(style.horizontal || style.vertical || style.wrap || style.indent)) return "";
  let attrs = "";
  if (style.horizontal) attrs += ` horizontal="${style.horizontal}"`;
  // ExcelJS's "middle" is the file's "center".
  if (style.vertical) attrs += ` vertical="${style.vertical === "middle" ? "center" : style.vertical}"`;
  if (style.wrap) attrs += ' wrapText="1"';
  if (style.indent) attrs += ` indent="${style.indent}"`;
  return `<alignment${attrs}/>`;
}
