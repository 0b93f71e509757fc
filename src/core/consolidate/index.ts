export * from "./types";
export { matchChoice, sumDefined, isoDay, dayVi } from "./identity";
export { defined } from "./defined";
export * from "./sheets";
