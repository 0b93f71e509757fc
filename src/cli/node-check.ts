/**
 * Whether this Node.js can run htsd. Built as its own small file (dist/cli/node-check.js)
 * that bin/htsd.js loads before the CLI: an older Node may not even parse the CLI's code,
 * so this file keeps to syntax any Node from version 6 reads, and imports only the
 * catalogue's CLI texts.
 */
import { cliMessages } from "../core/messages/cli";
import { fill } from "../core/messages/format";

/** `engines.node` of package.json, written in by webpack; from the sources (jest) the tests pass it. */
declare const HTSD_NODE_MIN: string | undefined;

/** The message for a Node.js older than `required` ("18.3" or "18.3.0"), or `undefined` when it will do. */
export function nodeProblem(current: string, required: string = typeof HTSD_NODE_MIN === "string" ? HTSD_NODE_MIN : "0"): string | undefined {
  const have = numbers(current);
  const need = numbers(required);
  for (let i = 0; i < need.length; i++) {
    const h = have[i] || 0;
    if (h > need[i]) return undefined;
    if (h < need[i]) return fill(cliMessages["cli.error.nodeTooOld"], { required, current });
  }
  return undefined;
}

function numbers(version: string): number[] {
  return version
    .replace(/^[^0-9]*/, "")
    .split(".")
    .map((part) => parseInt(part, 10) || 0);
}
