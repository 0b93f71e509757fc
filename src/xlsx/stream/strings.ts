import { keepsSpace, xmlText } from "./escape";

/**
 * The shared string table: every text cell holds an index into it, as ExcelJS and Excel
 * write them (some older readers know no inline strings). A text is stored once however
 * many cells repeat it, so the table grows with the distinct texts (units' names, notes),
 * not with the cells.
 */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly texts: string[] = [];
  /** Text cells written, repeats included (the table's `count`). */
  private uses = 0;

  id(text: string): number {
    this.uses++;
    let id = this.index.get(text);
    if (id === undefined) {
      this.index.set(text, (id = this.texts.length));
      this.texts.push(text);
    }
    return id;
  }

  get size(): number {
    return this.texts.length;
  }

  /** sharedStrings.xml, in pieces of about `piece` characters: the whole part never sits in one string. */
  *xml(piece = 1 << 16): Generator<string> {
    let out = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.uses}" uniqueCount="${this.texts.length}">`;
    for (const t of this.texts) {
      out += keepsSpace(t) ? `<si><t xml:space="preserve">${xmlText(t)}</t></si>` : `<si><t>${xmlText(t)}</t></si>`;
      if (out.length >= piece) {
        yield out;
        out = "";
      }
    }
    yield out + "</sst>";
  }
}
