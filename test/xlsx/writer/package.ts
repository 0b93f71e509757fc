/** Reads an .xlsx package the way a test needs to: parts, parsed XML, sheets, cell styles. */
import { strFromU8, unzipSync } from "fflate";
import { SaxesParser } from "saxes";

export interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

export function parseXml(xml: string): El {
  const parser = new SaxesParser();
  const root: El = { name: "#root", attrs: {}, children: [], text: "" };
  const stack: El[] = [root];
  parser.on("opentag", (tag) => {
    const el: El = { name: tag.name, attrs: tag.attributes as Record<string, string>, children: [], text: "" };
    stack[stack.length - 1]!.children.push(el);
    stack.push(el);
  });
  parser.on("text", (t) => {
    stack[stack.length - 1]!.text += t;
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.write(xml).close();
  return root.children[0]!;
}

/** Every descendant element with this (prefixed) name, in document order. */
export function all(el: El, name: string): El[] {
  const out: El[] = [];
  const walk = (e: El) => {
    for (const c of e.children) {
      if (c.name === name) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

export function one(el: El, name: string): El {
  const found = all(el, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0]!;
}

/** Text of the descendants too (shared strings split into runs). */
export function textOf(el: El): string {
  return el.text + el.children.map(textOf).join("");
}

/** LibreOffice writes booleans as "true"/"false", Excel and ExcelJS as "1"/"0". */
export function isTrue(v: string | undefined): boolean {
  return v === "1" || v === "true";
}

export class XlsxPackage {
  readonly files: Record<string, Uint8Array>;

  constructor(bytes: Uint8Array) {
    this.files = unzipSync(bytes);
  }

  text(path: string): string {
    const f = this.files[path];
    if (!f) throw new Error(`no part ${path} in the package (has ${Object.keys(this.files).join(", ")})`);
    return strFromU8(f);
  }

  xml(path: string): El {
    return parseXml(this.text(path));
  }

  get workbook(): El {
    return this.xml("xl/workbook.xml");
  }

  /** The worksheet part of a sheet, found through workbook.xml and its relationships. */
  sheetPath(name: string): string {
    const sheet = all(this.workbook, "sheet").find((s) => s.attrs.name === name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    const rel = all(this.xml("xl/_rels/workbook.xml.rels"), "Relationship").find((r) => r.attrs.Id === sheet.attrs["r:id"]);
    const target = rel!.attrs.Target!;
    return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  }

  sheet(name: string): El {
    return this.xml(this.sheetPath(name));
  }

  sheetText(name: string): string {
    return this.text(this.sheetPath(name));
  }

  sharedStrings(): string[] {
    if (!this.files["xl/sharedStrings.xml"]) return [];
    return all(this.xml("xl/sharedStrings.xml"), "si").map(textOf);
  }

  cell(sheetName: string, ref: string): El | undefined {
    return all(this.sheet(sheetName), "c").find((c) => c.attrs.r === ref);
  }

  /** The displayed text or number of a cell, shared strings resolved. */
  cellText(sheetName: string, ref: string): string | undefined {
    const c = this.cell(sheetName, ref);
    if (!c) return undefined;
    if (c.attrs.t === "inlineStr") return textOf(one(c, "is"));
    const v = all(c, "v")[0];
    if (!v) return undefined;
    return c.attrs.t === "s" ? this.sharedStrings()[Number(v.text)] : v.text;
  }

  /** The resolved cell format of a cell: its xf, font, fill and border elements. */
  style(sheetName: string, ref: string): { xf: El; font: El; fill: El; border: El; numFmt?: string } {
    const c = this.cell(sheetName, ref);
    if (!c) throw new Error(`no cell ${ref} on ${sheetName}`);
    const styles = this.xml("xl/styles.xml");
    const xf = one(styles, "cellXfs").children[Number(c.attrs.s ?? 0)]!;
    const font = one(styles, "fonts").children[Number(xf.attrs.fontId ?? 0)]!;
    const fill = one(styles, "fills").children[Number(xf.attrs.fillId ?? 0)]!;
    const border = one(styles, "borders").children[Number(xf.attrs.borderId ?? 0)]!;
    const fmtId = xf.attrs.numFmtId;
    const numFmt = all(styles, "numFmt").find((n) => n.attrs.numFmtId === fmtId)?.attrs.formatCode;
    return { xf, font, fill, border, numFmt };
  }
}

export function attr(el: El | undefined, child: string, name = "val"): string | undefined {
  return el ? all(el, child)[0]?.attrs[name] : undefined;
}
