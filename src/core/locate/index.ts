export { locateForm, fileStem, type LocateResult } from "./locate";
export { LOCATE_RULES, type LocateCode } from "./rules";
export { normalizeLabel, normalizeLabelLoose, normalizeText, isPlaceholderText } from "./normalize";
export { matchLabels, type LabelTarget, type TypedLabel } from "./label-match";
export { findMarkers, parseSheetRef, type MarkerHit } from "./markers";
export { findStatsHeader, expectedHeaders, type StatsHeader } from "./stats-header";
export { textOf, textAt, holdsNumber, isBlankCell } from "./cell-text";
export type { LocateContext, Located, LocatedStats, LocatedOutline, HeaderFields, HeaderText, StatsColumns, OutlineFieldPlace } from "./types";
