/**
 * The document number ("Số: 12/BC-THCS") is looked for only in texts that can begin with
 * "số": whatever the text, the header reads the number the full search (normalize, then
 * match) finds, and none where it finds none. The oracle is that search, written here.
 */
import fc from "fast-check";
import { emptySheet, setCell } from "../../../src/core/cells";
import { readHeaderFields } from "../../../src/core/locate";

function oracle(text: string): string | undefined {
  const m = /^\s*số\s*:\s*(.*)$/isu.exec(text.normalize("NFC"));
  if (!m || !/\d/.test(m[1]!)) return undefined;
  return m[1]!.replace(/\s+/g, " ").trim();
}

function docNumber(text: string): string | undefined {
  const sheet = emptySheet("Biểu");
  setCell(sheet, 1, 1, { kind: "string", value: text });
  setCell(sheet, 3, 1, { kind: "string", value: "cuối" });
  return readHeaderFields({ sheets: [sheet], definedNames: [] }, 0, 3).docNumber?.text;
}

it("finds the number the full search finds, on texts made of the pieces that matter", () => {
  const piece = fc.constantFrom(" ", "\u2000", "\u00a0", "\ufeff", "\n", "s", "S", "\u017f", "ố", "Ố", "o\u0302\u0301", "O\u0302\u0301", "o", ":", "12", "/BC", "-", "K", "\u212a", "đơn vị", "\u0301");
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
      const text = pieces.join("");
      expect(docNumber(text)).toBe(oracle(text));
    }),
    { seed: 1716, numRuns: 3000 },
  );
});

it("reads the number as a school writes it, with decomposed or capital letters", () => {
  expect(docNumber("Số: 12/BC-THCS")).toBe("12/BC-THCS");
  expect(docNumber("  SO\u0302\u0301 :  7 /BC")).toBe("7 /BC");
  expect(docNumber("\u017fố: 3")).toBe("3");
  expect(docNumber("Số:      /BC-.......")).toBeUndefined();
  expect(docNumber("Đơn vị: Trường 12")).toBeUndefined();
});
