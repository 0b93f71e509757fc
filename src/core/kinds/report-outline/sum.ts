/**
 * The report outline consolidated as forms.md asks: participants and funding summed,
 * units counted per form of ceremony and per self-assessment (every choice shown, 0
 * included), every unit's ceremony date and place, and the recommendations gathered
 * per addressee.
 */
import type { ReportOutlineForm } from "./schema";
import { isOutlineReport, type FieldValue, type ChoiceTally, type OutlineAggregate } from "./types";
import { matchChoice, sumDefined, type Ignored, type Contribution, type FileOutcome } from "../../consolidate";

export function sumOutline(form: ReportOutlineForm, accepted: readonly FileOutcome[]): { outline: OutlineAggregate; ignored: Ignored[] } {
  const ignored: Ignored[] = [];
  const reports = accepted.flatMap((o) => (o.report && isOutlineReport(o.report) ? [{ o, r: o.report }] : []));
  const choicesOf = (code: string) => form.fields.find((f) => f.code === code)?.choices ?? [];

  const numbers = (code: string): Contribution[] => {
    const out: Contribution[] = [];
    for (const { o, r } of reports) {
      const v = r.fields[code];
      if (typeof v === "number") out.push({ unit: r.unit, file: o.file, sheet: r.source.sheet, cell: r.cells[code], value: v });
      else if (text(v) !== undefined) ignored.push({ index: o.index, rowCode: code, cell: r.cells[code], kind: "field" });
    }
    return out;
  };
  const provenance = { participants: numbers(form.participation.people), state: numbers(form.funding.state), other: numbers(form.funding.other) };
  const total = (cs: Contribution[]) => sumDefined(cs.map((c) => c.value));
  const state = total(provenance.state);
  const other = total(provenance.other);

  const tallyOf = (code: string): ChoiceTally => {
    const choices = choicesOf(code);
    const t: ChoiceTally = { choices: choices.map((choice) => ({ choice, units: 0 })), blank: 0, other: [] };
    for (const { r } of reports) {
      const answer = text(r.fields[code]);
      const choice = answer === undefined ? undefined : matchChoice(choices, answer);
      if (answer === undefined) t.blank++;
      else if (choice === undefined) t.other.push({ unit: r.unit, value: answer });
      else t.choices.find((c) => c.choice === choice)!.units++;
    }
    return t;
  };

  const outline: OutlineAggregate = {
    participants: total(provenance.participants),
    funding: { state, other, total: sumDefined([state, other]) },
    ceremonyForms: tallyOf(form.ceremony.form),
    assessments: tallyOf(form.ceremony.assessment),
    ceremonies: reports.map(({ o, r }) => ({ unit: r.unit, file: o.file, date: text(r.fields[form.ceremony.date]), place: text(r.fields[form.ceremony.place]) })),
    recommendations: form.fields
      .filter((f) => f.addressee !== undefined)
      .map((f) => ({
        code: f.code,
        addressee: f.addressee!,
        items: reports.flatMap(({ o, r }) => {
          const t = text(r.fields[f.code]);
          return t === undefined ? [] : [{ unit: r.unit, file: o.file, text: t }];
        }),
      })),
    provenance,
  };
  return { outline, ignored };
}

/** A field's answer as text; blank (or only spaces) is no answer. */
export function text(v: FieldValue | undefined): string | undefined {
  if (v === undefined) return undefined;
  const s = String(v);
  return s.trim() === "" ? undefined : s;
}
