export * from "./types";
export { consolidate } from "./consolidate";
export { toJson, type ConsolidationJson, type JsonNote } from "./json";
export { summaryAsReport } from "./as-report";
export { nameKey } from "./identity";
export * from "./sheets";
