export { LOCATE_RULES, type LocateCode } from "./rules";
export { matchLabels, type LabelTarget, type TypedLabel } from "./label-match";
export { findMarkers, isFormHit, parseSheetRef, type MarkerHit, type FormMarkerHit } from "./markers";
export { readHeaderFields } from "./header-fields";
export { unitOf, fileStem } from "./unit";
export { yearFromTitle, fallbackYear } from "./year";
export { yearOf, yearOfSheet, yearOfDate, type YearSource } from "./year-of-sheet";
export type { LocateContext, Located, HeaderFields, HeaderText, LabelRows } from "./types";
