/**
 * `htsd`: the command line. It parses arguments, hands each command its inputs, and turns
 * the outcome into an exit code; every judgement about a file is the core's.
 */
import { message } from "../core/messages";
import { templateCommand } from "./commands/template";
import { checkCommand } from "./commands/check";
import { consolidateCommand } from "./commands/consolidate";
import { generateCommand } from "./commands/generate";
import { parseCommandArgs } from "./args";
import { expandGlobs } from "./globs";
import { commands, isCommand, type CommandName } from "./spec";
import { stdio, type Out } from "./output";
import { localIsoDate } from "../core/numbers";
import { inert, inertOut } from "./inert";
import { version } from "./version";

export async function run(argv: readonly string[], rawOut: Out = stdio, now = new Date()): Promise<number> {
  const out = inertOut(rawOut);
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    // `htsd help consolidate` is `htsd consolidate --help`.
    const topic = command === "help" && rest[0] !== undefined && isCommand(rest[0]) ? rest[0] : undefined;
    out.line(message(topic ? commands[topic].help : "cli.help"));
    return 0;
  }
  if (command === "--version" || command === "-v" || command === "-V") {
    out.line(version());
    return 0;
  }
  if (!isCommand(command)) {
    out.error(message("cli.error.unknownCommand", { command }));
    out.error("");
    out.error(message("cli.help"));
    return 2;
  }
  const spec = commands[command];
  const parsed = parseCommandArgs(command, spec, rest);
  if (!parsed.ok) {
    out.error(message(parsed.code, parsed.params));
    out.error("");
    out.error(message(spec.help));
    return 2;
  }
  if (parsed.help) {
    out.line(message(spec.help));
    return 0;
  }
  const files = spec.files ? await expandGlobs(parsed.positionals) : [];
  return dispatch(command, parsed.values, files, out, now);
}

function dispatch(command: CommandName, values: Record<string, string | boolean>, files: string[], out: Out, now: Date): Promise<number> {
  switch (command) {
    case "template":
      return templateCommand(values, out, now.getFullYear());
    case "check":
      return checkCommand({ files, ...values }, out, localIsoDate(now));
    case "consolidate":
      return consolidateCommand({ inputs: files, ...values }, out, now);
    case "generate":
      return generateCommand(values, out, now.getFullYear());
  }
}

if (require.main === module) {
  // `htsd check … | head` closes the pipe early: that is the reader's choice, not a failure.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
  run(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      // A stack trace is for whoever fixes the program, asked for with --debug.
      const detail = process.argv.includes("--debug") ? ((e as Error).stack ?? String(e)) : ((e as Error).message ?? String(e));
      process.stderr.write(`${inert(message("cli.error.internal", { detail }))}\n`);
      process.exitCode = 3;
    },
  );
}
