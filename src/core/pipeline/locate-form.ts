/**
 * Finding the form in a workbook: by its marker first (the form, version and year it was
 * made for, and a code column that names every row), else by the printed column headers
 * and row labels of a form typed by hand. Two candidate sheets are never chosen between.
 * Which kind of form a sheet holds is the kinds' to say; this only orders the search.
 */
import type { RawWorkbook } from "../cells";
import { ALL_KINDS, newestVersion, rulesOf, type FormKind } from "../kinds";
import { findMarkers, isFormHit, type FormMarkerHit, type LocateContext, type Located } from "../locate";
import type { MessageCode } from "../messages";
import { Findings, type Problem } from "../problems";

export interface LocateResult {
  located?: Located;
  problems: Problem[];
}

/** A sheet is taken for a hand-typed form only when this many of its rows or fields are recognised. */
const MIN_RECOGNISED = 3;

export function locateForm(wb: RawWorkbook, ctx: LocateContext, kinds: readonly FormKind[] = ALL_KINDS): LocateResult {
  const found = new Findings<MessageCode>(rulesOf(kinds), { file: ctx.file });
  const wanted = kinds.filter((k) => !ctx.form || k.id === ctx.form);
  const hits = findMarkers(wb);
  let usable = hits.filter(isFormHit).filter((h) => wanted.some((k) => k.id === h.marker.form));
  // A school often keeps its report outline and its statistics table in one workbook: one
  // sheet of each kind is no ambiguity. The preferred kind is read, and the caller is told of the others.
  const kindsHit = new Set(usable.map((h) => h.marker.form));
  if (!ctx.form && usable.length > 1 && kindsHit.size === usable.length) {
    const first = wanted.find((k) => kindsHit.has(k.id))!;
    for (const other of usable.filter((h) => h.marker.form !== first.id)) {
      const sheet = wb.sheets[other.sheetIndex]!.name;
      found.emit("locate.form.otherFormToo", { sheet }, { other: sheet });
    }
    usable = usable.filter((h) => h.marker.form === first.id);
  }
  if (usable.length > 1) return ambiguous(wb, usable.map((h) => h.sheetIndex), found);
  if (usable.length === 1) return { located: byMarker(wb, usable[0]!, ctx, kinds, found), problems: found.problems };
  for (const h of hits) {
    if (!isFormHit(h) || !kinds.some((k) => k.id === h.marker.form)) {
      const sheet = wb.sheets[h.sheetIndex]!.name;
      found.emit("locate.form.unknown", { sheet }, { sheet, form: "unknownForm" in h.marker ? h.marker.unknownForm : h.marker.form });
    }
  }
  if (found.problems.length > 0) return { problems: found.problems };
  return byLabels(wb, ctx, wanted, kinds, found);
}

function byMarker(wb: RawWorkbook, hit: FormMarkerHit, ctx: LocateContext, kinds: readonly FormKind[], found: Findings<MessageCode>): Located | undefined {
  const kind = kinds.find((k) => k.id === hit.marker.form);
  const sheetName = wb.sheets[hit.sheetIndex]!.name;
  if (!kind || !kind.versions.some((f) => f.version === hit.marker.version)) {
    const known = kind ? newestVersion(kind) : 0;
    if (hit.marker.version > known) found.emit("locate.form.newer", { sheet: sheetName }, { sheet: sheetName, version: hit.marker.version, known });
    else found.emit("locate.form.version", { sheet: sheetName }, { sheet: sheetName, version: hit.marker.version });
    return undefined;
  }
  return kind.locateMarked(wb, hit, ctx, found);
}

function ambiguous(wb: RawWorkbook, sheetIndexes: number[], found: Findings<MessageCode>): LocateResult {
  found.emit("locate.form.ambiguous", {}, { sheets: sheetIndexes.map((i) => `"${wb.sheets[i]!.name}"`).join(", ") });
  return { problems: found.problems };
}

function byLabels(wb: RawWorkbook, ctx: LocateContext, wanted: readonly FormKind[], kinds: readonly FormKind[], found: Findings<MessageCode>): LocateResult {
  const candidates: { sheetIndex: number; locate: (found: Findings<MessageCode>) => Located }[] = [];
  wb.sheets.forEach((sheet, sheetIndex) => {
    // A sheet is the first kind that recognises it, in the order of preference.
    for (const kind of wanted) {
      const r = kind.recognise(wb, sheet, sheetIndex, ctx);
      if (r && r.score >= MIN_RECOGNISED) return void candidates.push({ sheetIndex, locate: r.locate });
    }
  });
  if (candidates.length > 1) return ambiguous(wb, candidates.map((c) => c.sheetIndex), found);
  const c = candidates[0];
  if (!c) {
    found.emit("locate.noForm", {}, { expected: (kinds[0] ?? ALL_KINDS[0]!).expectedLayout() });
    return { problems: found.problems };
  }
  return { located: c.locate(found), problems: found.problems };
}
