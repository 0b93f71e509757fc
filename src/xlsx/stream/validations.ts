/**
 * Data validations, made by the ExcelJS writer's own rules (src/xlsx/writer/validation.ts:
 * limits, clipped messages, the reject rule, lists too long to write inline) and written
 * one element per rule and range, as the ExcelJS writer hands them over.
 */
import type { DataValidation } from "exceljs";
import { columnName } from "../../core/cells";
import { MAX_COL } from "../writer/limits";
import { validationRanges, type ValidationTarget } from "../writer/validation";
import { xmlText } from "./escape";

/**
 * The hidden columns behind long drop-down lists: as the ExcelJS writer's ListSource, one
 * column per distinct list past everything the sheet uses, one value a row from row 1.
 */
export class ListColumns {
  private readonly refs = new Map<string, string>();
  /** The values by column, to be written with the sheet's first rows. */
  readonly columns = new Map<number, readonly string[]>();

  constructor(
    private readonly sheet: string,
    private nextCol: number,
  ) {}

  private frozen = false;

  /** From now on only the lists already placed may be asked for: their rows are being written. */
  freeze(): void {
    this.frozen = true;
  }

  refFor(values: readonly string[]): string {
    const key = JSON.stringify(values);
    const known = this.refs.get(key);
    if (known) return known;
    if (this.frozen) throw new Error(`A drop-down list too long to write inline is first used by a cell from rows() on sheet ${JSON.stringify(this.sheet)}: use it in the sheet's cells first`);
    const col = this.nextCol++;
    if (col > MAX_COL) throw new Error(`No free column left for a drop-down list on sheet ${JSON.stringify(this.sheet)}`);
    this.columns.set(col, values);
    const name = columnName(col);
    const ref = `$${name}$1:$${name}$${values.length}`;
    this.refs.set(key, ref);
    return ref;
  }
}

/** `<dataValidations>`, or nothing. */
export function validationsXml(targets: readonly ValidationTarget[], lists: ListColumns): string {
  const out: string[] = [];
  for (const { rule, ranges } of validationRanges(targets, lists)) for (const range of ranges) out.push(element(rule, range));
  return out.length ? `<dataValidations count="${out.length}">${out.join("")}</dataValidations>` : "";
}

function element(v: DataValidation, sqref: string): string {
  const attr = (name: string, value: string | number | boolean | undefined) =>
    value === undefined || value === false ? "" : ` ${name}="${value === true ? "1" : xmlText(String(value))}"`;
  const formulae = v.formulae.map((f, i) => `<formula${i + 1}>${xmlText(formula(f))}</formula${i + 1}>`).join("");
  return (
    `<dataValidation${attr("type", v.type)}${v.operator && v.operator !== "between" ? attr("operator", v.operator) : ""}${attr("allowBlank", v.allowBlank)}` +
    `${attr("showInputMessage", v.showInputMessage)}${attr("promptTitle", v.promptTitle)}${attr("prompt", v.prompt)}` +
    `${attr("showErrorMessage", v.showErrorMessage)}${attr("errorStyle", v.errorStyle)}${attr("errorTitle", v.errorTitle)}${attr("error", v.error)} sqref="${sqref}">${formulae}</dataValidation>`
  );
}

/** A bound as the file holds it: dates as serial days (UTC, as ExcelJS counts them). */
function formula(f: unknown): string {
  if (f instanceof Date) return String(25569 + f.getTime() / 86_400_000);
  return String(f);
}
