/** What the CLI prints is inert on a terminal, and JSON stays exact. */
import fc from "fast-check";
import { inert } from "../../src/cli/inert";

const FC = { seed: Number(process.env.FC_SEED ?? 20251207), numRuns: 500 };
// eslint-disable-next-line no-control-regex
const ACTIVE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe("inert", () => {
  it("leaves no control character or direction override, keeps line feeds and tabs, and JSON reads back exactly", () => {
    const risky = fc.constantFrom("\u001b]52;c;eA==\u0007", "\u001b[2J", "\u009b31m", "\u202e", "\r", "\u0000", "\u007f", "\n", "\t", "Trường", "\\u001B");
    const text = fc.array(fc.oneof(risky, fc.string({ unit: "grapheme" })), { maxLength: 12 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, (s) => {
        const shown = inert(s);
        const json = inert(JSON.stringify({ s }));
        return !ACTIVE.test(shown) && !ACTIVE.test(json) && JSON.parse(json).s === s && shown.split("\n").length === s.split("\n").length;
      }),
      FC,
    );
  });

  it("shows an OSC 52 sequence as text", () => {
    expect(inert("A\u001b]52;c;eA==\u0007B\u009b2J")).toBe("A\\u001B]52;c;eA==\\u0007B\\u009B2J");
  });
});
