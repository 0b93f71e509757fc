/**
 * What jest's jsdom lacks and the pane's real code paths use: TextEncoder/TextDecoder
 * (ExcelJS, the reader) and structuredClone. Import first in each UI test file.
 */
import { TextDecoder, TextEncoder } from "util";
import { deserialize, serialize } from "v8";

const g = globalThis as Record<string, unknown>;
g.TextEncoder ??= TextEncoder;
g.TextDecoder ??= TextDecoder;
g.structuredClone ??= (value: unknown) => deserialize(serialize(value));

// jsdom has no layout, so nothing ever resizes; Fluent's MessageBar only needs the constructor.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
g.ResizeObserver ??= NoResizeObserver;
