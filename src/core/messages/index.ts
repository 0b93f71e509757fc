/**
 * The one catalogue of user-facing text. Each area keeps its messages in its own file,
 * and this module joins them, so a code can only have one text and every code has one.
 */
import { readMessages } from "./read";
import { readFormatMessages } from "./read-formats";
import { formMessages } from "./form";
import { consolidateMessages } from "./consolidate";
import { cliMessages } from "./cli";
import { checkMessages } from "./check";
import { uiMessages } from "./ui";
import { excelMessages } from "./excel";
import { fill } from "./format";
import type { Problem } from "../problems/problem";

export const catalogue = {
  ...readMessages,
  ...readFormatMessages,
  ...formMessages,
  ...checkMessages,
  ...consolidateMessages,
  ...cliMessages,
  ...uiMessages,
  ...excelMessages,
} as const;

export type MessageCode = keyof typeof catalogue;

export function message(code: MessageCode, params: Record<string, string | number> = {}): string {
  return fill(catalogue[code], params);
}

export function describe(p: Problem): string {
  return message(p.code, { ...p.params, ...(p.where.cell ? { cell: p.where.cell } : {}), ...(p.where.rowCode ? { rowCode: p.where.rowCode } : {}) });
}

export { fill, formatNumberVi } from "./format";
