/** Printing for people: one place decides where text goes, so --json output stays clean. */
import { describe, type Problem } from "../core/problems";
import { message, type MessageCode } from "../core/messages";

export interface Out {
  line(text?: string): void;
  error(text: string): void;
}

export const stdio: Out = {
  line: (text = "") => process.stdout.write(text + "\n"),
  error: (text) => process.stderr.write(text + "\n"),
};

export function say(out: Out, code: MessageCode, params: Record<string, string | number> = {}): void {
  out.line(message(code, params));
}

export function problemLine(p: Problem): string {
  const sev = message(p.severity === "error" ? "cli.severity.error" : p.severity === "warning" ? "cli.severity.warning" : "cli.severity.info");
  const where = [p.where.sheet ? `'${p.where.sheet}'` : "", p.where.cell ? message("cli.where.cell", { cell: p.where.cell }) : "", p.where.rowCode ? message("cli.where.row", { rowCode: p.where.rowCode }) : ""]
    .filter(Boolean)
    .join(", ");
  return `  ${sev}${where ? ` [${where}]` : ""}: ${describe(p)}`;
}

/** A one-line progress bar on a terminal; silent when output goes to a file or a pipe. */
export function progressBar(total: number, enabled = Boolean(process.stderr.isTTY)): { tick(done: number): void; end(): void } {
  let last = -1;
  return {
    tick(done) {
      if (!enabled) return;
      const pct = total === 0 ? 100 : Math.floor((done * 100) / total);
      if (pct === last) return;
      last = pct;
      const width = 30;
      const fill = Math.round((pct * width) / 100);
      process.stderr.write(`\r[${"#".repeat(fill)}${"-".repeat(width - fill)}] ${pct}% ${message("cli.progress", { done, total })}`);
    },
    end() {
      if (enabled) process.stderr.write("\r\x1b[K");
    },
  };
}
