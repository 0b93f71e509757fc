/** The version `htsd --version` prints: the package's, wherever the code runs from. */
import { readFileSync } from "node:fs";
import * as path from "node:path";

declare const HTSD_VERSION: string | undefined;

export function version(): string {
  // The bundle has it written in by webpack; from the sources (jest), package.json two folders up says it.
  if (typeof HTSD_VERSION === "string") return HTSD_VERSION;
  return (JSON.parse(readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string }).version;
}
