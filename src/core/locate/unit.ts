/** The unit a report is filed under: its header's name, else the file's name. */
import type { Findings } from "../problems";
import type { MessageCode } from "../messages";
import type { HeaderFields, LocateContext } from "./types";

/**
 * The unit's name from the header, else the file name. A kind whose own rules require the
 * name (the outline) lets those rules speak; another warns here that the file name stands in.
 */
export function unitOf(header: HeaderFields, ctx: LocateContext, at: Findings<MessageCode>, warnCode?: MessageCode): string {
  if (header.unit) return header.unit.text;
  const unit = fileStem(ctx.file);
  if (warnCode) at.emit(warnCode, header.unitCell ? { cell: header.unitCell } : {}, { unit });
  return unit;
}

export function fileStem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(0, dot) : base;
}
