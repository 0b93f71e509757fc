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
import { runMessages } from "./run";
import { unsupportedMessages } from "./unsupported";
import { fill } from "./format";

export const catalogue = {
  ...readMessages,
  ...readFormatMessages,
  ...formMessages,
  ...checkMessages,
  ...consolidateMessages,
  ...cliMessages,
  ...uiMessages,
  ...excelMessages,
  ...runMessages,
  ...unsupportedMessages,
} as const;

export type MessageCode = keyof typeof catalogue;

export function message(code: MessageCode, params: Record<string, string | number> = {}): string {
  return fill(catalogue[code], params);
}

export { fill, formatNumberVi } from "./format";
