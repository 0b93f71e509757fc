/**
 * A BIFF8 formula (its parsed tokens, "ptgs", in reverse Polish order) back to the text
 * Excel shows, as an .xlsx stores it: `IF(COUNT(E12:E15)=0,"",SUM(E12:E15))`. The checks
 * need the text only to recognise the template's own totals, and to name a formula in a
 * message; a token this reader does not know gives undefined, and the cell is read for
 * its cached value alone.
 */
import { a1 } from "../../core/cells";
import { FUNCTIONS } from "./functions";
import { chars } from "./strings";

export interface FormulaContext {
  /** The cell holding the formula, 0-based: the origin of a shared formula's relative references. */
  row: number;
  col: number;
  /** A sheet name for an index into EXTERNSHEET, already quoted when it must be. */
  sheetOf(ixti: number): string | undefined;
  /** A defined name by its 1-based index. */
  nameOf(index: number): string | undefined;
}

const BINARY: Readonly<Record<number, string>> = {
  0x03: "+",
  0x04: "-",
  0x05: "*",
  0x06: "/",
  0x07: "^",
  0x08: "&",
  0x09: "<",
  0x0a: "<=",
  0x0b: "=",
  0x0c: ">=",
  0x0d: ">",
  0x0e: "<>",
  0x0f: " ",
  0x10: ",",
  0x11: ":",
};

const ERRORS: Readonly<Record<number, string>> = { 0x00: "#NULL!", 0x07: "#DIV/0!", 0x0f: "#VALUE!", 0x17: "#REF!", 0x1d: "#NAME?", 0x24: "#NUM!", 0x2a: "#N/A" };

export function errorText(code: number): string {
  return ERRORS[code] ?? "#N/A";
}

class Unknown extends Error {}
const UNKNOWN = new Unknown();

function columnName(col: number): string {
  return a1(1, col + 1).replace(/\d+$/, "");
}

/** A cell reference; relative parts of a shared formula's references are offsets from the cell. */
function ref(rowField: number, colField: number, offsets: boolean, ctx: FormulaContext): string {
  const rowRelative = (colField & 0x8000) !== 0;
  const colRelative = (colField & 0x4000) !== 0;
  let row = rowField;
  let col = colField & 0x3fff;
  if (offsets) {
    if (rowRelative) row = (ctx.row + ((rowField << 16) >> 16) + 65536) % 65536;
    if (colRelative) col = (ctx.col + ((col << 24) >> 24) + 256) % 256;
  }
  return `${colRelative ? "" : "$"}${columnName(col)}${rowRelative ? "" : "$"}${row + 1}`;
}

export function formulaText(rgce: Uint8Array, ctx: FormulaContext): string | undefined {
  const stack: string[] = [];
  const pop = (): string => {
    const s = stack.pop();
    if (s === undefined) throw UNKNOWN;
    return s;
  };
  const need = (p: number, n: number): void => {
    if (p + n > rgce.length) throw UNKNOWN;
  };
  const u16 = (p: number): number => {
    need(p, 2);
    return rgce[p]! | (rgce[p + 1]! << 8);
  };
  const call = (name: string, argc: number): void => {
    if (argc > stack.length) throw UNKNOWN;
    const args = stack.splice(stack.length - argc, argc);
    stack.push(`${name}(${args.join(",")})`);
  };
  try {
    let p = 0;
    while (p < rgce.length) {
      const ptg = rgce[p++]!;
      if (ptg in BINARY) {
        const right = pop();
        const left = pop();
        stack.push(left + BINARY[ptg]! + right);
        continue;
      }
      switch (ptg) {
        case 0x12:
          stack.push("+" + pop());
          continue;
        case 0x13:
          stack.push("-" + pop());
          continue;
        case 0x14:
          stack.push(pop() + "%");
          continue;
        case 0x15:
          stack.push(`(${pop()})`);
          continue;
        case 0x16:
          stack.push("");
          continue;
        case 0x17: {
          need(p, 2);
          const count = rgce[p]!;
          const wide = (rgce[p + 1]! & 1) === 1;
          need(p + 2, count * (wide ? 2 : 1));
          stack.push(`"${chars(rgce, p + 2, count, wide).replace(/"/g, '""')}"`);
          p += 2 + count * (wide ? 2 : 1);
          continue;
        }
        case 0x19: {
          need(p, 3);
          const kind = rgce[p]!;
          if (kind & 0x04) p += 3 + (u16(p + 1) + 1) * 2; // tAttrChoose: a jump table
          else p += 3;
          if (kind & 0x10) call("SUM", 1); // tAttrSum: SUM of one argument
          continue;
        }
        case 0x1c:
          need(p, 1);
          stack.push(errorText(rgce[p++]!));
          continue;
        case 0x1d:
          need(p, 1);
          stack.push(rgce[p++] ? "TRUE" : "FALSE");
          continue;
        case 0x1e:
          stack.push(String(u16(p)));
          p += 2;
          continue;
        case 0x1f: {
          need(p, 8);
          const n = new DataView(rgce.buffer, rgce.byteOffset + p, 8).getFloat64(0, true);
          stack.push(String(n));
          p += 8;
          continue;
        }
      }
      if (ptg < 0x20 || ptg > 0x7f) throw UNKNOWN;
      // Operand and function tokens come in three classes (reference, value, array): same layout.
      switch (ptg & 0x1f) {
        case 0x01: {
          // PtgFunc: a fixed number of arguments.
          const fn = FUNCTIONS[u16(p)];
          if (!fn || fn[1] < 0) throw UNKNOWN;
          call(fn[0], fn[1]);
          p += 2;
          continue;
        }
        case 0x02: {
          // PtgFuncVar
          need(p, 3);
          const argc = rgce[p]!;
          const id = u16(p + 1) & 0x7fff;
          p += 3;
          if (id === 255) {
            // An add-in or macro function: its name is the first argument.
            if (argc < 1 || argc > stack.length) throw UNKNOWN;
            const args = stack.splice(stack.length - argc, argc);
            stack.push(`${args[0]!}(${args.slice(1).join(",")})`);
            continue;
          }
          const fn = FUNCTIONS[id];
          if (!fn) throw UNKNOWN;
          call(fn[0], argc);
          continue;
        }
        case 0x03: {
          const name = ctx.nameOf(u16(p));
          if (name === undefined) throw UNKNOWN;
          stack.push(name);
          p += 4;
          continue;
        }
        case 0x04:
        case 0x0c:
          need(p, 4);
          stack.push(ref(u16(p), u16(p + 2), (ptg & 0x1f) === 0x0c, ctx));
          p += 4;
          continue;
        case 0x05:
        case 0x0d: {
          need(p, 8);
          const offsets = (ptg & 0x1f) === 0x0d;
          stack.push(`${ref(u16(p), u16(p + 4), offsets, ctx)}:${ref(u16(p + 2), u16(p + 6), offsets, ctx)}`);
          p += 8;
          continue;
        }
        case 0x0a:
          stack.push("#REF!");
          p += 4;
          continue;
        case 0x0b:
          stack.push("#REF!");
          p += 8;
          continue;
        case 0x1a:
        case 0x1b: {
          const sheet = ctx.sheetOf(u16(p));
          if (sheet === undefined) throw UNKNOWN;
          if ((ptg & 0x1f) === 0x1a) {
            need(p, 6);
            stack.push(`${sheet}!${ref(u16(p + 2), u16(p + 4), false, ctx)}`);
            p += 6;
          } else {
            need(p, 10);
            stack.push(`${sheet}!${ref(u16(p + 2), u16(p + 6), false, ctx)}:${ref(u16(p + 4), u16(p + 8), false, ctx)}`);
            p += 10;
          }
          continue;
        }
        case 0x1c:
          stack.push("#REF!");
          p += 6;
          continue;
        case 0x1d:
          stack.push("#REF!");
          p += 10;
          continue;
        case 0x06:
        case 0x07:
        case 0x08:
          // PtgMemArea, PtgMemErr, PtgMemNoMem: the subexpression that follows says it all.
          p += 6;
          continue;
        case 0x09:
          p += 2;
          continue;
        default:
          throw UNKNOWN;
      }
    }
    return stack.length === 1 ? stack[0] : undefined;
  } catch (e) {
    if (e instanceof Unknown) return undefined;
    throw e;
  }
}
