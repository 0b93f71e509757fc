/**
 * A problem is a value, never an exception: a user's mistake in a file is data to show,
 * jump to and fix. Its text comes from the catalogue (`../messages`), by code.
 */
import type { MessageCode } from "../messages";

export type Severity = "error" | "warning" | "info";

export interface Where {
  file?: string;
  sheet?: string;
  /** A1 address, e.g. `D14`. */
  cell?: string;
  /** The form row's stable code, e.g. `1.3`. */
  rowCode?: string;
}

export type Params = Record<string, string | number>;

export interface Problem {
  code: MessageCode;
  severity: Severity;
  where: Where;
  params: Params;
}

export function problem(code: MessageCode, severity: Severity, where: Where = {}, params: Params = {}): Problem {
  return { code, severity, where, params };
}

export const isError = (p: Problem): boolean => p.severity === "error";
export const hasErrors = (ps: readonly Problem[]): boolean => ps.some(isError);
