/**
 * Consolidation, pure: checked files in, a summary with every decision recorded out.
 * The order of the steps is the order of the questions: which form and year, can each
 * file take part, which of a unit's files counts, was it on time and on the list, and
 * only then the sums.
 */
import { plainKey } from "../roster/fold";
import type { CheckedFile } from "../check";
import { isoDay, type ConsolidateOptions, type Consolidation, type FileOutcome } from "../consolidate";
import { resolveDuplicates, type Candidate, type Note } from "../consolidate/duplicates";
import { resolveSameContent } from "../consolidate/same-content";
import { resolveSummaries } from "../consolidate/summaries";
import { buildLog } from "../consolidate/log";
import { compareRoster, timeliness } from "../consolidate/roster";
import { ALL_KINDS, kindOf, newestVersion, type FormKind } from "../kinds";
import { contentPrint } from "./content-print";
import { admit, chooseForm, settleYear } from "./decide";

export function consolidate(files: readonly CheckedFile[], options: ConsolidateOptions, kinds: readonly FormKind[] = ALL_KINDS): Consolidation {
  const kind = chooseForm(files, kinds, options.form);
  const yearChoice = settleYear(files, kind.id, options.year);
  const year = yearChoice.year;

  // A summary made without its formulas' values cannot be told apart from its units' sum:
  // noted while each file's problems are at hand (a packed file unpacks them at each read).
  const uncalculated: boolean[] = [];
  const outcomes: FileOutcome[] = files.map((f, index) => {
    const problems = f.problems;
    const v = admit(f, kind, kinds, year, options.acceptErrors, problems);
    uncalculated[index] = v.status === "accepted" && problems.some((p) => p.code === "check.cell.noCachedValue");
    const unit = f.report?.unit;
    return readThrough({ index, file: f.file, ...(f.format ? { format: f.format } : {}), ...(unit !== undefined ? { unit } : {}), status: v.status, code: v.code, params: v.params }, f);
  });

  // Who sent what, in the order of the questions: a summary already holding a unit, the same
  // report under two names, then one unit's several reports. Each answer sets files aside
  // with its reason; nothing is counted twice and nothing is dropped without a word.
  // Names as the expected list compares them: one name typed on two keyboards is one unit.
  // Each file's key made once, for the three questions that ask it.
  const keys: (string | undefined)[] = [];
  const keyOf = (o: FileOutcome) => (keys[o.index] ??= plainKey(o.report!.unit));
  const stillAccepted = () => outcomes.filter((o) => o.status === "accepted");
  const setAside = (dropped: ReadonlyMap<number, { status: FileOutcome["status"]; code: FileOutcome["code"]; params: FileOutcome["params"] }>) => {
    for (const o of outcomes) {
      const d = dropped.get(o.index);
      if (d) Object.assign(o, { status: d.status, code: d.code, params: d.params });
    }
  };
  setAside(
    resolveSummaries(
      stillAccepted().map((o) => {
        const report = o.report!;
        return { index: o.index, file: o.file, report, uncalculated: uncalculated[o.index]!, key: keyOf(o) };
      }),
      plainKey,
    ).dropped,
  );
  const same = resolveSameContent(
    stillAccepted().map((o) => {
      const report = o.report!;
      // Only a digest is kept per file: the fingerprint is made again for the few whose digests
      // agree. A file checked in a worker brought its digest along; a print of another kind
      // than this consolidation's (a caller's own kinds) is made again.
      const known = files[o.index]!.content;
      const content = known && kindOf(report.form) === kind ? known : contentPrint(report, kind);
      return { index: o.index, file: o.file, report, ...(content.digest !== undefined ? { fingerprint: content.digest } : {}), print: () => kind.fingerprint(report)?.print, values: content.values, key: keyOf(o) };
    }),
  );
  setAside(same.dropped);
  const candidates: Candidate[] = stillAccepted().map((o) => {
    const report = o.report!;
    // A unit named only by its file, or not at all, cannot be matched with anyone by name: it stands alone.
    return { index: o.index, file: o.file, report, key: (!report.unitFromFileName && keyOf(o)) || `\u0000${o.index}` };
  });
  const dup = resolveDuplicates(candidates, options.onDuplicate);
  setAside(dup.dropped);
  const kept = new Map<number, Note[]>();
  for (const m of [same.kept, dup.kept]) for (const [i, note] of m) kept.set(i, [...(kept.get(i) ?? []), note]);
  const accepted = stillAccepted();

  const deadline = options.deadline === undefined ? undefined : isoDay(options.deadline);
  if (deadline !== undefined) for (const o of accepted) o.timeliness = timeliness(o.report!.date, deadline);

  const roster = compareRoster(options.expected, outcomes, options.aliases);
  for (const o of accepted) {
    if (roster.unexpected.has(o.index)) o.unexpected = true;
    const s = roster.suggested.get(o.index);
    if (s) o.suggested = s.listed;
    const a = roster.aliased.get(o.index);
    if (a !== undefined) o.aliasOf = a;
  }

  const base = {
    version: newestVersion(kind),
    year,
    ...(deadline !== undefined ? { deadline } : {}),
    files: outcomes,
    duplicates: [...same.groups, ...dup.groups],
    missing: roster.missing.map((m) => m.unit),
    unexpected: accepted.filter((o) => o.unexpected).map((o) => o.unit!),
    suggested: accepted.filter((o) => o.suggested !== undefined).map((o) => ({ unit: o.unit!, listed: o.suggested!, file: o.file })),
    late: accepted.filter((o) => o.timeliness === "late").map((o) => o.unit!),
    undated: accepted.filter((o) => o.timeliness === "no-date").map((o) => o.unit!),
    unitsCovered: accepted.reduce((n, o) => n + o.report!.unitsCovered, 0),
  };
  const log = (ignored: Parameters<typeof buildLog>[0]["ignored"]) =>
    buildLog({ files: outcomes, kept, ignored, missing: roster.missing, deadline, year: yearChoice, ...(options.deadline !== undefined && deadline === undefined ? { badDeadline: options.deadline } : {}) });

  const { members, totals, totalsProvenance, ignored } = kind.sum(newestVersion(kind), accepted);
  return { form: kind.id, ...base, ...members, totals, totalsProvenance, log: log(ignored) };
}

/**
 * The outcome reads the file's report, problems and excluded cells from the checked file
 * whenever asked, rather than holding copies: a file kept packed (the command line's
 * workers' answers) then stays packed, and its report is unpacked one unit at a time.
 * The checked file is a hidden member, so that a copy of the outcome's members (their
 * descriptors) still reads through; the accessors are shared by every outcome.
 */
const SOURCE = Symbol("checked file");
const through = (key: "report" | "problems" | "excluded"): PropertyDescriptor => ({
  get(this: { [SOURCE]: CheckedFile }) {
    return this[SOURCE][key];
  },
  set(this: object, value: unknown) {
    Object.defineProperty(this, key, { value, writable: true, enumerable: true, configurable: true });
  },
  enumerable: true,
  configurable: true,
});
const THROUGH: PropertyDescriptorMap = { report: through("report"), problems: through("problems"), excluded: through("excluded") };

function readThrough(o: Omit<FileOutcome, "report" | "problems" | "excluded">, f: CheckedFile): FileOutcome {
  Object.defineProperty(o, SOURCE, { value: f });
  return Object.defineProperties(o, THROUGH) as FileOutcome;
}
