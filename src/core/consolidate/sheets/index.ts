export * from "./common";
export { planBands, bandRange, PAGE_CHARS, type Band, type BandPlan } from "./bands";
export { logSheet, statusLabel } from "./log-sheet";
