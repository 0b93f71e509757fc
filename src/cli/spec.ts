/**
 * The one declaration of each command's options: the parser reads it, and each command's
 * argument type is derived from it, so an option cannot be accepted without being typed
 * (or typed without being accepted).
 */
import { FORM_IDS } from "../core/forms";
import type { MessageCode } from "../core/messages";

export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  /** A sample value, for the message when the value is missing. */
  example?: string;
}

export interface CommandSpec {
  options: Readonly<Record<string, OptionSpec>>;
  /** Whether the command takes file names (and glob patterns) after its options. */
  files: boolean;
  help: MessageCode;
}

const out = (example: string): OptionSpec => ({ type: "string", short: "o", example });
const text = (example: string): OptionSpec => ({ type: "string", example });
const flag: OptionSpec = { type: "boolean" };

export const commands = {
  template: {
    files: false,
    help: "cli.help.template",
    options: { form: text(FORM_IDS[0]), year: text("2025"), unit: text('"Trường THCS Kim Đồng"'), parent: text('"Phòng GD&ĐT"'), out: out("bieu-mau.xlsx"), force: flag },
  },
  check: { files: true, help: "cli.help.check", options: { json: flag, debug: flag } },
  consolidate: {
    files: true,
    help: "cli.help.consolidate",
    options: {
      out: out("tong-hop.xlsx"),
      expected: text("don-vi.txt"),
      aliases: text("ten-goi-khac.txt"),
      year: text("2025"),
      deadline: text("2025-10-10"),
      "on-duplicate": text("latest"),
      "accept-errors": flag,
      json: flag,
      force: flag,
      jobs: text("4"),
      unit: text('"Phòng GD&ĐT"'),
      parent: text('"UBND huyện"'),
      form: text(FORM_IDS[0]),
      stats: flag,
      debug: flag,
      csv: text("so-lieu-tung-don-vi.csv"),
      place: text("\"Tuần Giáo\""),
      date: text("2025-10-12"),
      head: text("\"TRƯỞNG PHÒNG\""),
      table: text("tong-hop-so-lieu.xlsx"),
    },
  },
  generate: {
    files: false,
    help: "cli.help.generate",
    options: { out: out("mau"), count: text("50"), seed: text("2025"), year: text("2025"), "text-numbers": text("0.03"), "hand-typed": text("0.05"), force: flag },
  },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof commands;

/** What the parser hands a command: each declared option, present or not. */
export type Values<O extends Readonly<Record<string, OptionSpec>>> = { -readonly [K in keyof O]?: O[K]["type"] extends "boolean" ? boolean : string };

export type TemplateArgs = Values<typeof commands.template.options>;
export type CheckArgs = Values<typeof commands.check.options> & { files: string[] };
export type ConsolidateArgs = Values<typeof commands.consolidate.options> & { inputs: string[] };
export type GenerateArgs = Values<typeof commands.generate.options>;

export function isCommand(name: string): name is CommandName {
  return Object.prototype.hasOwnProperty.call(commands, name);
}
