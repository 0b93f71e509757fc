/**
 * `htsd`: the command line. It parses arguments, hands each command its inputs, and turns
 * the outcome into an exit code; every judgement about a file is the core's.
 */
import { parseArgs } from "node:util";
import { message } from "../core/messages";
import { templateCommand } from "./commands/template";
import { checkCommand } from "./commands/check";
import { consolidateCommand } from "./commands/consolidate";
import { generateCommand } from "./commands/generate";
import { stdio, type Out } from "./output";
import { localIsoDate } from "../core/numbers";
import { inert, inertOut } from "./inert";

declare const HTSD_VERSION: string | undefined;

export async function run(argv: readonly string[], rawOut: Out = stdio, now = new Date()): Promise<number> {
  const out = inertOut(rawOut);
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    out.line(message("cli.help"));
    return command === undefined ? 2 : 0;
  }
  if (command === "--version" || command === "-v") {
    out.line(typeof HTSD_VERSION === "string" ? HTSD_VERSION : "dev");
    return 0;
  }
  try {
    switch (command) {
      case "template": {
        const { values } = parseArgs({
          args: [...rest],
          options: { form: { type: "string" }, year: { type: "string" }, unit: { type: "string" }, parent: { type: "string" }, out: { type: "string", short: "o" }, force: { type: "boolean" } },
        });
        return await templateCommand(values, out, now.getFullYear());
      }
      case "check": {
        const { values, positionals } = parseArgs({ args: [...rest], allowPositionals: true, options: { json: { type: "boolean" }, debug: { type: "boolean" } } });
        return await checkCommand({ files: positionals, json: values.json, debug: values.debug }, out, localIsoDate(now));
      }
      case "consolidate": {
        const { values, positionals } = parseArgs({
          args: [...rest],
          allowPositionals: true,
          options: {
            out: { type: "string", short: "o" },
            expected: { type: "string" },
            aliases: { type: "string" },
            year: { type: "string" },
            deadline: { type: "string" },
            "on-duplicate": { type: "string" },
            "accept-errors": { type: "boolean" },
            json: { type: "boolean" },
            force: { type: "boolean" },
            jobs: { type: "string" },
            unit: { type: "string" },
            parent: { type: "string" },
            form: { type: "string" },
            stats: { type: "boolean" },
            debug: { type: "boolean" },
          },
        });
        return await consolidateCommand({ inputs: positionals, ...values }, out, now);
      }
      case "generate": {
        const { values } = parseArgs({
          args: [...rest],
          options: {
            out: { type: "string", short: "o" },
            count: { type: "string" },
            seed: { type: "string" },
            year: { type: "string" },
            "text-numbers": { type: "string" },
            "hand-typed": { type: "string" },
            force: { type: "boolean" },
          },
        });
        return await generateCommand(values, out, now.getFullYear());
      }
      default:
        out.error(message("cli.error.unknownCommand", { command }));
        return 2;
    }
  } catch (e) {
    if ((e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      out.error(message("cli.error.badArgs", { detail: (e as Error).message }));
      return 2;
    }
    throw e;
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
