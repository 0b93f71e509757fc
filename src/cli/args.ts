/**
 * The argument parser. Hand-written rather than Node's `util.parseArgs`, whose errors are
 * English sentences that can only be translated by matching their wording: here every
 * mistake is a value (a catalogue code and its parameters), shown in Vietnamese by main.
 */
import type { MessageCode } from "../core/messages";
import type { CommandSpec, OptionSpec } from "./spec";

export type Parsed =
  | { ok: true; help: boolean; values: Record<string, string | boolean>; positionals: string[] }
  | { ok: false; code: MessageCode; params: Record<string, string> };

export function parseCommandArgs(command: string, spec: CommandSpec, args: readonly string[]): Parsed {
  const values: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  // Asking for help wins over any mistake on the same line: it is how one learns the right way.
  const ownArgs = args.includes("--") ? args.slice(0, args.indexOf("--")) : args;
  if (ownArgs.some((a) => a === "--help" || a === "-h")) return { ok: true, help: true, values, positionals };
  const fail = (code: MessageCode, params: Record<string, string>): Parsed => ({ ok: false, code, params: { command, ...params } });

  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--") {
      positionals.push(...args.slice(i + 1));
      break;
    }
    const option = optionOf(arg, spec);
    if (option === undefined) {
      if (!spec.files) return fail("cli.error.unexpectedArgument", { argument: arg });
      positionals.push(arg);
      continue;
    }
    if (option === null) return fail("cli.error.unknownOption", { option: arg.split("=")[0] });
    const { name, spec: o, shown, inline } = option;
    if (o.type === "boolean") {
      if (inline !== undefined) return fail("cli.error.valueNotAllowed", { option: shown });
      values[name] = true;
      continue;
    }
    if (inline !== undefined) {
      values[name] = inline;
      continue;
    }
    const next = args[i + 1];
    // `--out --force` is a forgotten value, not a file called "--force".
    if (next === undefined || (next.startsWith("-") && next !== "-")) return fail("cli.error.missingValue", { option: shown, example: o.example ?? "" });
    values[name] = next;
    i++;
  }
  return { ok: true, help: false, values, positionals };
}

/** The option `arg` names; `undefined` when it is no option at all, `null` when it is an unknown one. */
function optionOf(arg: string, spec: CommandSpec): { name: string; spec: OptionSpec; shown: string; inline?: string } | null | undefined {
  if (arg.startsWith("--")) {
    const eq = arg.indexOf("=");
    const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    const o = Object.prototype.hasOwnProperty.call(spec.options, name) ? spec.options[name] : undefined;
    return o ? { name, spec: o, shown: `--${name}`, inline: eq < 0 ? undefined : arg.slice(eq + 1) } : null;
  }
  // "-" alone names standard input by convention, and "-5" is a number: neither is an option.
  if (arg.length < 2 || !arg.startsWith("-") || /^-\d/.test(arg)) return undefined;
  const letter = arg[1];
  const entry = Object.entries(spec.options).find(([, o]) => o.short === letter);
  if (!entry) return null;
  const rest = arg.slice(2).replace(/^=/, "");
  return { name: entry[0], spec: entry[1], shown: `-${letter}`, inline: rest === "" ? undefined : rest };
}
