/**
 * The report outline as data: its fields in order, their types and choices, and which
 * fields the consolidation sums, counts or gathers.
 */
import { z } from "zod";

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
    /** Printed lines that take no answer, under a field (the note about attaching photos). */
    remarks: z.array(z.object({ after: fieldCode, text: z.string().min(1) })).optional(),
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
    for (const r of form.remarks ?? []) if (!byCode.has(r.after)) ctx.addIssue({ code: "custom", message: `remark after unknown field ${r.after}` });
  });

export type OutlineField = z.infer<typeof outlineFieldSchema>;
export type ReportOutlineForm = z.infer<typeof reportOutlineSchema>;
