import type { Style, Worksheet } from "exceljs";
import { columnName } from "../../core/cells";
import { MAX_COL } from "./limits";

/**
 * Excel caps an explicit drop-down list (`"a,b,c"`) at 255 characters and cannot escape
 * a comma inside an item. Such lists are written down a hidden column of the same sheet
 * and the validation points there: a same-sheet range works in every Excel version,
 * LibreOffice and WPS, and travels with the sheet when the add-in inserts it alone.
 */
export class ListSource {
  private readonly refs = new Map<string, string>();

  constructor(
    private readonly ws: Worksheet,
    private nextCol: number,
    private readonly style: Partial<Style>,
  ) {}

  /** An absolute reference to a hidden range holding `values`, one per row from row 1. */
  refFor(values: readonly string[]): string {
    const key = JSON.stringify(values);
    const known = this.refs.get(key);
    if (known) return known;
    const col = this.nextCol++;
    if (col > MAX_COL) throw new Error(`No free column left for a drop-down list on sheet ${JSON.stringify(this.ws.name)}`);
    values.forEach((v, i) => {
      const cell = this.ws.getCell(i + 1, col);
      cell.value = v; // a plain string: an item such as "=1+1" stays text
      cell.style = this.style;
    });
    const column = this.ws.getColumn(col);
    column.hidden = true;
    const name = columnName(col);
    const ref = `$${name}$1:$${name}$${values.length}`;
    this.refs.set(key, ref);
    return ref;
  }
}
