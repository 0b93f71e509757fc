/**
 * The consolidator's own report, drafted from its units' reports: the same outline one
 * level up, filled for the consolidating body. Participants and both funding lines are the
 * sums; the ceremonies' forms and self-assessments are counted, the units' ceremony dates
 * and places listed, and every text answer (recommendations per addressee included)
 * gathered by unit. It is a report-outline submission like any unit's, so the next level
 * consolidates it as it consolidates a school's, and its sums equal the flat ones.
 */
import { formatNumberVi, message } from "../../messages";
import type { SheetDescription } from "../../sheet";
import { dayVi, signedBy, type StatsFigures, type SummaryContext } from "../../consolidate";
import type { ReportOutlineForm } from "./schema";
import { reportOutlineSheet } from "./sheet";
import type { FormId } from "../../forms";
import { text } from "./sum";
import { isOutlineReport, type ChoiceTally, type OutlineConsolidation } from "./types";

/** The form whose numbers the outline asks for: its participants and funding are the statistics table's too. */
const TABLE: FormId = "stats-table";

export function outlineOwnReport(c: OutlineConsolidation, form: ReportOutlineForm, year: number, name: string, ctx: SummaryContext): SheetDescription {
  return reportOutlineSheet({
    form,
    year,
    sheetName: name,
    units: c.unitsCovered,
    values: ownValues(c, form),
    signed: signedBy(ctx),
    ...(ctx.stats?.form === TABLE ? { notes: statsNotes(form, ctx.stats) } : {}),
  });
}

/**
 * The statistics table's figures stated where the outline asks for numbers: the Week's
 * participants under the participants line, the funding under the funding lines. The outline's own
 * cells keep the outline sums, so the next level still sums outlines as it sums a school's.
 */
function statsNotes(form: ReportOutlineForm, s: StatsFigures): Record<string, string> {
  const n = (v: number | undefined) => (v === undefined ? "…" : formatNumberVi(v));
  const p = s.participation;
  const f = s.funding;
  return {
    [form.participation.people]: message("consolidate.own.statsParticipation", { units: s.units, total: n(p.total), trainees: n(p.trainees), activities: n(p.activities) }),
    [form.funding.other]: message("consolidate.own.statsFunding", { units: s.units, total: n(f.total), state: n(f.state), other: n(f.other) }),
  };
}

export function ownValues(c: OutlineConsolidation, form: ReportOutlineForm): Record<string, string | number> {
  const o = c.outline;
  const values: Record<string, string | number> = {};
  const set = (code: string, v: string | number | undefined) => {
    if (v !== undefined && v !== "") values[code] = v;
  };
  set(form.participation.people, o.participants);
  set(form.funding.state, o.funding.state);
  set(form.funding.other, o.funding.other);

  const reports = c.files.flatMap((f) => (f.status === "accepted" && f.report && isOutlineReport(f.report) ? [f.report] : []));
  // Every text answer gathered by unit: "Trường A: …", one line each.
  for (const field of form.fields.filter((f) => f.type === "text" && !f.header)) {
    const lines = reports.flatMap((r) => {
      const t = text(r.fields[field.code]);
      return t === undefined ? [] : [message("consolidate.own.byUnit", { unit: r.unit, text: t.trim() })];
    });
    set(field.code, lines.join("\n"));
  }
  // The units' ceremonies, where the consolidator's own place would be: when and where each unit held it.
  const ceremonies = o.ceremonies
    .filter((x) => x.date !== undefined || x.place !== undefined)
    .map((x) => message("consolidate.own.ceremony", { unit: x.unit, date: x.date ? dayVi(x.date) : "…", place: x.place ?? "…" }));
  const counts = [message("consolidate.own.forms", { counts: tally(o.ceremonyForms) }), message("consolidate.own.assessments", { counts: tally(o.assessments) })];
  set(form.ceremony.place, [...counts, ...ceremonies].join("\n"));
  return values;
}

function tally(t: ChoiceTally): string {
  return t.choices.map((x) => message("consolidate.own.count", { choice: x.choice, units: x.units })).join("; ");
}
