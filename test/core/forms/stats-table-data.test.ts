import * as fs from "node:fs";
import * as path from "node:path";
import { getForm } from "../../../src/core/kinds";
import { statsTableSchema } from "../../../src/core/kinds/stats-table/schema";
import { measuresForUnit } from "../../../src/core/units";
import statsJson from "../../../src/core/forms/data/stats-table.v1.json";

/** The spec's table, read straight from forms.md, so the data cannot drift from it. */
function specRows(): { code: string; stt: string; label: string; unit: string; measures: string[]; kind: string }[] {
  const md = fs.readFileSync(path.resolve(__dirname, "../../../../shared/spec/forms.md"), "utf8");
  const section = md.split("## Form `stats-table`")[1]!.split("### Rules")[0]!;
  return section
    .split("\n")
    .filter((l) => /^\| [\d.]+ \|/.test(l))
    .map((l) => l.slice(1, -1).split("|").map((c) => c.trim()))
    .map(([code, stt, label, unit, measures, kind]) => ({
      code: code!,
      stt: stt!,
      label: label!.normalize("NFC"),
      unit: unit!.normalize("NFC"),
      measures: measures!.split(",").map((m) => m.trim()).filter((m) => m && m !== "note"),
      kind: kind!,
    }));
}

describe("stats-table form data", () => {
  const form = getForm("stats-table")!;

  it("has the spec's 42 rows, in order, with verbatim labels and units", () => {
    const spec = specRows();
    expect(spec).toHaveLength(42);
    expect(form.rows.map((r) => [r.code, r.stt, r.label, r.unit])).toEqual(spec.map((r) => [r.code, r.stt, r.label, r.unit]));
  });

  it("gives each row the spec's measures, which its unit decides", () => {
    for (const [row, spec] of form.rows.map((r, i) => [r, specRows()[i]!] as const)) {
      expect(row.measures).toEqual(spec.measures);
      expect(row.measures).toEqual(measuresForUnit(row.unit));
    }
  });

  it("marks totals with the parts the spec names", () => {
    const totals = Object.fromEntries(form.rows.filter((r) => r.totalOf).map((r) => [r.code, `${r.totalOf!.codes[0]}–${r.totalOf!.codes.at(-1)} ${r.totalOf!.measure}`]));
    expect(totals).toEqual({ "1": "1.1–1.13 count", "1.0": "1.1–1.13 people", "5": "5.1–5.6 count", "6": "6.1–6.3 count", "10": "10.1–10.2 amount" });
  });

  it("keeps labels in NFC", () => {
    for (const r of form.rows) expect(r.label).toBe(r.label.normalize("NFC"));
  });

  it("carries the outlier bounds as data", () => {
    const bound = (c: string) => form.rows.find((r) => r.code === c)?.peoplePerCount;
    expect(bound("1.1")).toBe(100);
    expect(bound("5.3")).toBe(2000);
    expect(bound("6.1")).toBe(2000);
    expect(bound("4.1")).toBeUndefined();
    expect(form.rows.filter((r) => r.maxPerUnit === 1).map((r) => r.code)).toEqual(["7.1", "7.2"]);
  });

  it("refuses form data that breaks an invariant", () => {
    const broken = JSON.parse(JSON.stringify(statsJson));
    broken.rows.find((r: { code: string }) => r.code === "1.1").unit = "người";
    expect(statsTableSchema.safeParse(broken).success).toBe(false);
    const dup = JSON.parse(JSON.stringify(statsJson));
    dup.rows[3].code = "1.1";
    expect(statsTableSchema.safeParse(dup).success).toBe(false);
    const badTotal = JSON.parse(JSON.stringify(statsJson));
    badTotal.rows[0].totalOf.codes.push("4");
    expect(statsTableSchema.safeParse(badTotal).success).toBe(false);
  });
});
