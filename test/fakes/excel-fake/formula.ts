/**
 * A very small calculator so that a form's total rows read back as numbers, as they would in
 * Excel with automatic calculation: numbers, "text", cell references (`B5`, `$B$5`,
 * `'Biểu mẫu'!B5`), `+ - * /`, parentheses, unary minus and `SUM(...)` over cells and ranges.
 * Anything else evaluates to `#NAME?`, and a seeded cell's cached value is read instead.
 */
import { type Bounds, parseBounds } from "./address";
import type { CellValue } from "./model";

export interface Evaluated {
  value: CellValue;
  isError?: boolean;
}

/** How the calculator sees the workbook; the fake supplies it. */
export interface FormulaScope {
  /** The value of one cell (formulas already evaluated), undefined when empty. */
  cell(sheet: string | undefined, r: number, c: number): Evaluated | undefined;
  /** Every non-empty cell of a range. */
  cells(sheet: string | undefined, b: Bounds): Evaluated[];
}

class FormulaError {
  constructor(readonly code: string) {}
}

type Token = { t: "num"; v: number } | { t: "str"; v: string } | { t: "ref"; sheet?: string; ref: string } | { t: "name"; v: string } | { t: "op"; v: string };

const TOKEN =
  /\s*(?:(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+)|"((?:[^"]|"")*)"|(?:'((?:[^']|'')+)'|([\p{L}_][\p{L}\p{N}_.]*))!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)|(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![\p{L}\p{N}_(])|([A-Za-z_][A-Za-z0-9_.]*)|([-+*/(),]))/uy;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const m = TOKEN.exec(text);
    if (!m) throw new FormulaError("#NAME?");
    if (m[1] !== undefined) tokens.push({ t: "num", v: Number(m[1]) });
    else if (m[2] !== undefined) tokens.push({ t: "str", v: m[2].replace(/""/g, '"') });
    else if (m[5] !== undefined) tokens.push({ t: "ref", sheet: m[3] !== undefined ? m[3].replace(/''/g, "'") : m[4], ref: m[5] });
    else if (m[6] !== undefined) tokens.push({ t: "ref", ref: m[6] });
    else if (m[7] !== undefined) tokens.push({ t: "name", v: m[7].toUpperCase() });
    else tokens.push({ t: "op", v: m[8]! });
  }
  return tokens;
}

type Operand = { kind: "value"; v: Evaluated | undefined } | { kind: "range"; items: Evaluated[] };

function toNumber(v: Evaluated | undefined): number {
  if (v === undefined) return 0;
  if (v.isError) throw new FormulaError(String(v.value));
  if (typeof v.value === "number") return v.value;
  if (typeof v.value === "boolean") return v.value ? 1 : 0;
  const n = v.value.trim() === "" ? NaN : Number(v.value);
  if (Number.isNaN(n)) throw new FormulaError("#VALUE!");
  return n;
}

export function evaluate(formula: string, scope: FormulaScope): Evaluated {
  let tokens: Token[];
  try {
    tokens = tokenize(formula.replace(/^=/, ""));
  } catch {
    return { value: "#NAME?", isError: true };
  }
  let i = 0;
  const peek = () => tokens[i];
  const isOp = (v: string) => peek()?.t === "op" && (peek() as { v: string }).v === v;
  const expect = (v: string) => {
    if (!isOp(v)) throw new FormulaError("#NAME?");
    i++;
  };

  const primary = (): Operand => {
    const tok = tokens[i++];
    if (!tok) throw new FormulaError("#NAME?");
    if (tok.t === "num") return { kind: "value", v: { value: tok.v } };
    if (tok.t === "str") return { kind: "value", v: { value: tok.v } };
    if (tok.t === "ref") {
      const b = parseBounds(tok.ref);
      if (!b) throw new FormulaError("#REF!");
      if (b.r1 === b.r2 && b.c1 === b.c2) return { kind: "value", v: scope.cell(tok.sheet, b.r1, b.c1) };
      return { kind: "range", items: scope.cells(tok.sheet, b) };
    }
    if (tok.t === "name" && tok.v === "SUM" && isOp("(")) {
      i++;
      let sum = 0;
      if (!isOp(")")) {
        for (;;) {
          const arg = expr();
          if (arg.kind === "range") {
            for (const item of arg.items) {
              if (item.isError) throw new FormulaError(String(item.value));
              if (typeof item.value === "number") sum += item.value;
            }
          } else sum += toNumber(arg.v);
          if (isOp(",")) i++;
          else break;
        }
      }
      expect(")");
      return { kind: "value", v: { value: sum } };
    }
    if (tok.t === "op" && tok.v === "(") {
      const inner = expr();
      expect(")");
      return inner;
    }
    if (tok.t === "op" && (tok.v === "-" || tok.v === "+")) {
      const n = toNumber(single(primary()));
      return { kind: "value", v: { value: tok.v === "-" ? -n : n } };
    }
    throw new FormulaError("#NAME?");
  };
  const single = (o: Operand): Evaluated | undefined => {
    if (o.kind === "range") throw new FormulaError("#VALUE!");
    return o.v;
  };
  const term = (): Operand => {
    let left = primary();
    while (isOp("*") || isOp("/")) {
      const op = (tokens[i++] as { v: string }).v;
      const a = toNumber(single(left));
      const b = toNumber(single(primary()));
      if (op === "/" && b === 0) throw new FormulaError("#DIV/0!");
      left = { kind: "value", v: { value: op === "*" ? a * b : a / b } };
    }
    return left;
  };
  const expr = (): Operand => {
    let left = term();
    while (isOp("+") || isOp("-")) {
      const op = (tokens[i++] as { v: string }).v;
      const a = toNumber(single(left));
      const b = toNumber(single(term()));
      left = { kind: "value", v: { value: op === "+" ? a + b : a - b } };
    }
    return left;
  };

  try {
    const result = single(expr());
    if (i !== tokens.length) return { value: "#NAME?", isError: true };
    // A formula pointing at an empty cell shows 0 in Excel.
    return result ?? { value: 0 };
  } catch (e) {
    if (e instanceof FormulaError) return { value: e.code, isError: true };
    throw e;
  }
}
