export * from "./common";
export { planBands, bandBreaks, bandRange, PAGE_CHARS, PAGE_POINTS, SMALL_TEXT, type Band, type BandPlan } from "./bands";
export { logSheet, statusLabel } from "./log-sheet";
