/** The report outline's own rules, as rows: code (= message key), severity, what it looks at. */
import type { CheckCode } from "../../check";
import type { LocateCode } from "../../locate";
import type { CodeOf, Rule } from "../../problems";
import { REPORT_OUTLINE } from "./types";

const OUTLINE = [REPORT_OUTLINE] as const;

export const OUTLINE_RULES = [
  { code: "locate.field.missing", severity: "warning", looksAt: "field", forms: OUTLINE, about: "an outline field is not on the sheet (marked: any field; typed by hand: the consolidated ones)" },
  { code: "check.field.required", severity: "error", looksAt: "field", forms: OUTLINE, about: "a required field (the unit's name) is empty" },
  { code: "check.field.choice", severity: "error", looksAt: "field", forms: OUTLINE, about: "a choice field holds a value not in its list" },
  { code: "check.field.date", severity: "error", looksAt: "field", forms: OUTLINE, about: "a date field is not one valid day/month/year date" },
  { code: "check.ceremony.outsideWeek", severity: "warning", looksAt: "field", forms: OUTLINE, about: "the ceremony date falls outside the Week of the year" },
] as const satisfies readonly Rule[];

export type OutlineCode = CodeOf<typeof OUTLINE_RULES>;

/** Every code this kind's locating and checking may emit: its own, and those all kinds share. */
export type OutlineFinding = OutlineCode | CheckCode | LocateCode;
