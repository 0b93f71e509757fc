/**
 * What the hosts show of each kind before any file is read (its names, which totals it
 * has), keyed like the registry. It imports no form data, so the pane's first screen and
 * the command line's help stay light.
 */
import type { FormId } from "../forms";
import type { KindFace } from "./kind";
import { OUTLINE_FACE } from "./report-outline/labels";
import { STATS_FACE } from "./stats-table/labels";

export const FACES: { readonly [K in FormId]: KindFace } = {
  "stats-table": STATS_FACE,
  "report-outline": OUTLINE_FACE,
};

/** The face of a form id; undefined for an id this build does not know. */
export function faceOf(id: string): KindFace | undefined {
  return Object.prototype.hasOwnProperty.call(FACES, id) ? FACES[id as FormId] : undefined;
}
