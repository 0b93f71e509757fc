/**
 * `range.dataValidation` (ExcelApi 1.8): one rule type per rule, Excel's operators and the
 * 255-character limit of a typed list; `type` reads "MixedCriteria" when only some cells have
 * a rule and "Inconsistent" when the cells' rules differ.
 */
import { assertEditable } from "./cells";
import { FakeClientObject } from "./client-object";
import type { FakeRequestContext } from "./context";
import { invalidArgument } from "./errors";
import { effectiveSamples, formatTargets } from "./layers";
import type { ValidationModel } from "./model";
import type { AreasOwner, FakeRange } from "./range";
import { formatAddress } from "./address";

const TYPES: Record<string, string> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  list: "List",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};
const OPERATORS = ["Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqualTo", "LessThanOrEqualTo"];

const DEFAULT_ALERT = { showAlert: true, style: "Stop", title: "", message: "" };
const DEFAULT_PROMPT = { showPrompt: false, title: "", message: "" };

function typeOf(v: ValidationModel | undefined): string {
  const key = v ? Object.keys(v.rule)[0] : undefined;
  return key ? TYPES[key]! : "None";
}

/** Checks a rule as Excel would and turns a Range list source into its formula. */
function normaliseRule(rule: unknown, where: string): Record<string, unknown> {
  if (!rule || typeof rule !== "object") throw invalidArgument(where);
  const keys = Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
  if (keys.length !== 1 || !TYPES[keys[0]!]) throw invalidArgument(where);
  const key = keys[0]!;
  const spec = { ...((rule as Record<string, Record<string, unknown>>)[key] ?? {}) };
  if (key === "list") {
    const source = spec["source"] as unknown;
    if (source && typeof source === "object" && "_range" in (source as object)) {
      const t = (source as FakeRange)._range("dataValidation.rule");
      spec["source"] = "=" + formatAddress(t.sheet.name, t.b, true);
    } else if (typeof source !== "string" || source === "" || (!source.startsWith("=") && source.length > 255)) {
      throw invalidArgument(where);
    }
    spec["inCellDropDown"] = spec["inCellDropDown"] ?? true;
  } else if (key === "custom") {
    if (typeof spec["formula"] !== "string") throw invalidArgument(where);
  } else {
    const op = spec["operator"];
    if (typeof op !== "string" || !OPERATORS.includes(op) || spec["formula1"] === undefined) throw invalidArgument(where);
    if ((op === "Between" || op === "NotBetween") && spec["formula2"] === undefined) throw invalidArgument(where);
  }
  return { [key]: spec };
}

export class FakeDataValidation extends FakeClientObject {
  readonly _className = "DataValidation";

  constructor(context: FakeRequestContext, private readonly owner: AreasOwner) {
    super(context);
  }

  _scalarNames() {
    return ["type", "rule", "ignoreBlanks", "errorAlert", "prompt"] as const;
  }

  _resolveIsNull(): boolean {
    return this.owner._resolveIsNull();
  }

  _readScalar(name: string): unknown {
    const { sheet, areas } = this.owner._areas(`DataValidation.${name}`);
    const samples = areas.flatMap((b) => effectiveSamples(sheet, b)).map((c) => c.validation);
    const first = samples[0];
    const same = samples.every((v) => v === first || (v && first && JSON.stringify(v) === JSON.stringify(first)));
    if (name === "type") {
      if (same) return typeOf(first);
      return samples.some((v) => v === undefined) ? "MixedCriteria" : "Inconsistent";
    }
    if (!same) return null;
    const v = first;
    const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
    switch (name) {
      case "rule":
        return copy(v?.rule ?? {});
      case "ignoreBlanks":
        return v?.ignoreBlanks ?? true;
      case "errorAlert":
        return copy(v?.errorAlert ?? DEFAULT_ALERT);
      case "prompt":
        return copy(v?.prompt ?? DEFAULT_PROMPT);
    }
    return undefined;
  }

  get type(): string { return this._get("type"); }
  get rule(): Record<string, unknown> { return this._get("rule"); }
  set rule(value: Record<string, unknown>) {
    this.update("rule", value, (prev) => ({ ...prev, rule: normaliseRule(value, "DataValidation.rule") }));
  }
  get ignoreBlanks(): boolean { return this._get("ignoreBlanks"); }
  set ignoreBlanks(value: boolean) {
    this.update("ignoreBlanks", value, (prev) => ({ ...prev, ignoreBlanks: Boolean(value) }));
  }
  get errorAlert(): ValidationModel["errorAlert"] { return this._get("errorAlert"); }
  set errorAlert(value: Partial<ValidationModel["errorAlert"]>) {
    this.update("errorAlert", value, (prev) => ({ ...prev, errorAlert: { ...prev.errorAlert, ...value } }));
  }
  get prompt(): ValidationModel["prompt"] { return this._get("prompt"); }
  set prompt(value: Partial<ValidationModel["prompt"]>) {
    this.update("prompt", value, (prev) => ({ ...prev, prompt: { ...prev.prompt, ...value } }));
  }

  /** Every cell set at once shares the new validation, as one rule over one area in Excel. */
  private update(name: string, value: unknown, next: (prev: ValidationModel) => ValidationModel): void {
    this._set(name, value, () => {
      const where = `DataValidation.${name}`;
      const { sheet, areas } = this.owner._areas(where);
      assertEditable(sheet, areas, where, "content");
      const targets = areas.flatMap((b) => formatTargets(sheet, b));
      const prev = targets.find((m) => m.validation)?.validation ?? { rule: {}, ignoreBlanks: true, errorAlert: { ...DEFAULT_ALERT }, prompt: { ...DEFAULT_PROMPT } };
      const shared = next(prev);
      for (const m of targets) m.validation = shared;
    });
  }

  clear(): void {
    this._call("clear", () => {
      const { sheet, areas } = this.owner._areas("DataValidation.clear");
      assertEditable(sheet, areas, "DataValidation.clear", "content");
      for (const b of areas) for (const m of formatTargets(sheet, b)) delete m.validation;
    });
  }
}
