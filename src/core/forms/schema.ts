/**
 * The shape of a form as data. Next year's form is a new JSON file checked by these
 * schemas, not new code. The refinements hold the invariants the checks rely on.
 */
import { z } from "zod";
import { measuresForUnit } from "../units";

const code = z.string().regex(/^\d+(\.\d+)?$/, "a row code is like 1 or 1.10");
const measure = z.enum(["count", "people", "amount"]);

export const statsRowSchema = z.object({
  code,
  stt: z.string(),
  label: z.string().min(1),
  unit: z.string(),
  measures: z.array(measure),
  kind: z.enum(["leaf", "total", "header", "note"]),
  totalOf: z.object({ measure, codes: z.array(code).min(1) }).optional(),
  /** Outlier bound: people per class, contest or session above this is a warning. */
  peoplePerCount: z.number().positive().optional(),
  /** A single unit reports this at most this many times (its own ceremony: once). */
  maxPerUnit: z.number().int().positive().optional(),
});

export const statsTableSchema = z
  .object({
    $comment: z.string().optional(),
    id: z.literal("stats-table"),
    version: z.number().int().positive(),
    appendix: z.string(),
    title: z.string().includes("{year}"),
    tableTitle: z.string(),
    tableSubtitle: z.string(),
    columns: z.object({ stt: z.string(), label: z.string(), unit: z.string(), quantity: z.string(), count: z.string(), people: z.string(), note: z.string() }),
    participation: z.object({ trainees: z.array(code), activities: z.array(code) }),
    funding: z.object({ state: code, other: code }),
    rows: z.array(statsRowSchema).min(1),
  })
  .superRefine((form, ctx) => {
    const byCode = new Map(form.rows.map((r) => [r.code, r]));
    if (byCode.size !== form.rows.length) ctx.addIssue({ code: "custom", message: "row codes must be unique" });
    for (const row of form.rows) {
      const fromUnit = measuresForUnit(row.unit);
      if (fromUnit.join() !== row.measures.join()) {
        ctx.addIssue({ code: "custom", message: `row ${row.code}: measures [${row.measures}] disagree with unit "${row.unit}" → [${fromUnit}]` });
      }
      if ((row.kind === "total") !== (row.totalOf !== undefined)) {
        ctx.addIssue({ code: "custom", message: `row ${row.code}: a total row, and only a total row, has totalOf` });
      }
      if (row.totalOf && !row.measures.includes(row.totalOf.measure)) {
        ctx.addIssue({ code: "custom", message: `row ${row.code}: totals a measure it does not carry` });
      }
      for (const part of row.totalOf?.codes ?? []) {
        const p = byCode.get(part);
        if (!p || p.kind !== "leaf" || !p.measures.includes(row.totalOf!.measure)) {
          ctx.addIssue({ code: "custom", message: `row ${row.code}: part ${part} is not a leaf carrying ${row.totalOf!.measure}` });
        }
      }
      if ((row.kind === "header" || row.kind === "note") && row.measures.length > 0) {
        ctx.addIssue({ code: "custom", message: `row ${row.code}: a ${row.kind} row takes no numbers` });
      }
    }
    for (const c of [...form.participation.trainees, ...form.participation.activities, form.funding.state, form.funding.other]) {
      if (!byCode.has(c)) ctx.addIssue({ code: "custom", message: `totals name unknown row ${c}` });
    }
  });

const fieldCode = z.string().regex(/^[a-z0-9.]+$/);

export const outlineFieldSchema = z.object({
  code: fieldCode,
  stt: z.string(),
  label: z.string().min(1),
  type: z.enum(["text", "date", "choice", "whole", "money"]),
  required: z.boolean().optional(),
  /** Header fields (unit, parent body, number, date) sit above the title, as in the printed form. */
  header: z.boolean().optional(),
  choices: z.array(z.string().min(1)).optional(),
  unit: z.string().optional(),
  addressee: z.string().optional(),
});

export const reportOutlineSchema = z
  .object({
    $comment: z.string().optional(),
    id: z.literal("report-outline"),
    version: z.number().int().positive(),
    title: z.string(),
    subtitle: z.string().includes("{year}"),
    columns: z.object({ stt: z.string(), label: z.string(), value: z.string() }),
    sections: z.array(z.object({ code: z.string(), label: z.string(), before: fieldCode.optional() })),
    fields: z.array(outlineFieldSchema).min(1),
    participation: z.object({ people: fieldCode }),
    funding: z.object({ state: fieldCode, other: fieldCode }),
    ceremony: z.object({ date: fieldCode, place: fieldCode, form: fieldCode, assessment: fieldCode }),
  })
  .superRefine((form, ctx) => {
    const byCode = new Map(form.fields.map((f) => [f.code, f]));
    if (byCode.size !== form.fields.length) ctx.addIssue({ code: "custom", message: "field codes must be unique" });
    for (const f of form.fields) {
      if ((f.type === "choice") !== (f.choices !== undefined)) ctx.addIssue({ code: "custom", message: `field ${f.code}: choices go with type choice` });
    }
    const expectType = (c: string, types: string[]) => {
      const f = byCode.get(c);
      if (!f || !types.includes(f.type)) ctx.addIssue({ code: "custom", message: `field ${c} must exist with type ${types.join("|")}` });
    };
    expectType(form.participation.people, ["whole"]);
    expectType(form.funding.state, ["money"]);
    expectType(form.funding.other, ["money"]);
    expectType(form.ceremony.date, ["date"]);
    expectType(form.ceremony.form, ["choice"]);
    expectType(form.ceremony.assessment, ["choice"]);
    for (const s of form.sections) if (s.before && !byCode.has(s.before)) ctx.addIssue({ code: "custom", message: `section ${s.code} before unknown field` });
  });

export const weekSchema = z.object({ start: z.iso.date(), end: z.iso.date(), ceremony: z.iso.date().optional(), deadline: z.iso.date().optional(), source: z.string() });

export type StatsRow = z.infer<typeof statsRowSchema>;
export type StatsTableForm = z.infer<typeof statsTableSchema>;
export type OutlineField = z.infer<typeof outlineFieldSchema>;
export type ReportOutlineForm = z.infer<typeof reportOutlineSchema>;
export type FormDef = StatsTableForm | ReportOutlineForm;
export type FormId = FormDef["id"];
export type Week = z.infer<typeof weekSchema>;
