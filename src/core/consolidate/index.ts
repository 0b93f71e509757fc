export * from "./types";
export { nameKey, matchChoice, sumDefined, isoDay, dayVi } from "./identity";
export { defined } from "./defined";
export * from "./sheets";
