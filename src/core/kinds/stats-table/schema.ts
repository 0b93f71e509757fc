/**
 * The statistics table as data: its rows, each row's unit of measure (which decides the
 * cells that take numbers), its totals and outlier bounds. Next year's table is a new
 * JSON file checked by this schema, not new code.
 */
import { z } from "zod";
import { measuresForUnit } from "../../units";

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

export type StatsRow = z.infer<typeof statsRowSchema>;
export type StatsTableForm = z.infer<typeof statsTableSchema>;
