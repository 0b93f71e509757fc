/** A problem in words: its code's text from the catalogue, filled with its params and place. */
import { message } from "../messages";
import type { Problem } from "./problem";

export function describe(p: Problem): string {
  return message(p.code, { ...p.params, ...(p.where.cell ? { cell: p.where.cell } : {}), ...(p.where.rowCode ? { rowCode: p.where.rowCode } : {}) });
}
