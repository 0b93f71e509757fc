export * from "./problem";
export { describe } from "./describe";
export { Findings, BOTH_FORMS, type Rule, type LooksAt, type CodeOf } from "./rule";
