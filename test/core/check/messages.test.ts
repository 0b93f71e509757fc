/** Every code a rule can emit has a Vietnamese message, and every message of the area belongs to a rule. */
import { ALL_RULES } from "../../../src/core/kinds";
import { catalogue } from "../../../src/core/messages";
import { checkMessages } from "../../../src/core/messages/check";

test("every rule's code has a non-empty message in the catalogue", () => {
  for (const rule of ALL_RULES) {
    expect({ code: rule.code, text: catalogue[rule.code]?.trim() ?? "" }).toEqual({ code: rule.code, text: expect.stringMatching(/\S{3}/) });
  }
});

test("no rule is listed twice, so a code has one severity", () => {
  const codes = ALL_RULES.map((r) => r.code);
  expect(new Set(codes).size).toBe(codes.length);
});

test("every message of the check area is a rule's, or a measure's name used inside them", () => {
  const ruleCodes = new Set<string>(ALL_RULES.map((r) => r.code));
  const unused = Object.keys(checkMessages).filter((k) => !ruleCodes.has(k) && !k.startsWith("check.measure."));
  expect(unused).toEqual([]);
});

test("no message is empty and each tells what to do (an imperative 'Hãy …')", () => {
  for (const [code, text] of Object.entries(checkMessages)) {
    expect(text.trim()).not.toBe("");
    if (!code.startsWith("check.measure.")) expect({ code, text }).toEqual({ code, text: expect.stringMatching(/Hãy |hãy |không nên /i) });
  }
});

test("each rule says what it looks at and for which forms", () => {
  for (const rule of ALL_RULES) {
    expect(rule.about.length).toBeGreaterThan(5);
    expect(rule.forms.length).toBeGreaterThan(0);
  }
});
