/** Runs the `htsd` command line in-process, capturing what it prints. */
import { run } from "../../src/cli/main";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function htsd(args: string[], now = new Date("2025-11-24T09:00:00")): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await run(args, { line: (t = "") => void (stdout += t + "\n"), error: (t) => void (stderr += t + "\n") }, now);
  return { code, stdout, stderr };
}
