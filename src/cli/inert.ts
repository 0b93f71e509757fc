/**
 * Text for a terminal, made inert. Unit names, notes and file names come from senders the
 * consolidator does not control; an ESC or OSC sequence among them could recolour the
 * screen, hide the lines after it or rewrite the clipboard. Every control character (C0
 * but line feed and tab, DEL, C1) and every bidirectional override is shown as a `\uXXXX`
 * escape, which JSON reads back as the same character: `--json` output stays exact.
 */
import type { Out } from "./output";

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function inert(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
}

export function inertOut(out: Out): Out {
  return { line: (text = "") => out.line(inert(text)), error: (text) => out.error(inert(text)) };
}
