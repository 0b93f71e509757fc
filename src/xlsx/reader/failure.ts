import type { MessageCode } from "../../core/messages";
import type { Params } from "../../core/problems";

/**
 * Internal unwinding only. A limit can pass deep inside a saxes or fflate callback, and
 * the cheapest way to stop both at once is to throw through them. `readWorkbook`
 * catches every ReadFailure and returns it as a Problem: nothing escapes the public API.
 */
export class ReadFailure extends Error {
  constructor(
    readonly code: MessageCode,
    readonly params: Params = {},
  ) {
    super(code);
    this.name = "ReadFailure";
  }
}

export function fail(code: MessageCode, params: Params = {}): never {
  throw new ReadFailure(code, params);
}

/**
 * Thrown by a part's handlers to stop reading it early (the rest of the part is not
 * needed, or a sheet turned out too large to keep). Caught by whoever started the part.
 */
export class StopReading extends Error {
  constructor() {
    super("stop");
    this.name = "StopReading";
  }
}

/** The one instance thrown: it carries no information, and a stack trace costs more than a small sheet. */
export const STOP = new StopReading();
