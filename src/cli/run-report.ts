/** What a run says about what it did not read and what it had to cut, for people and for `--json`. */
import { message, type MessageCode } from "../core/messages";
import { CLIP_MARK, MAX_CELL_TEXT, type Unfit } from "../core/sheet";
import { READ_EXTENSIONS, type Skipped } from "./files";
import type { Out } from "./output";

function reasonText(s: Skipped): string {
  return message(`cli.skipped.${s.reason}` as MessageCode, { extensions: READ_EXTENSIONS.map((e) => `.${e}`).join(", ") });
}

export function printSkipped(skipped: readonly Skipped[], out: Out): void {
  if (skipped.length === 0) return;
  out.line(message("cli.skipped.title", { count: skipped.length }));
  for (const s of skipped) out.line(message("cli.skipped.line", { name: s.name, reason: reasonText(s) }));
}

export function skippedJson(s: Skipped) {
  return { file: s.name, reason: s.reason, message: reasonText(s) };
}

export function unfitLine(u: Unfit): string {
  const where = `'${u.sheet}'!${u.cell}`;
  if (u.kind === "text-cut") return message("cli.warning.clipped", { where, length: u.length ?? 0, limit: MAX_CELL_TEXT, mark: CLIP_MARK });
  return message("cli.warning.notFinite", { where });
}

export function unfitJson(u: Unfit) {
  return { sheet: u.sheet, cell: u.cell, kind: u.kind, ...(u.length !== undefined ? { length: u.length } : {}), message: unfitLine(u) };
}
