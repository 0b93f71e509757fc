/**
 * The writer runs in the task pane too, so its sources may use no Node-only API. ExcelJS
 * and fflate both ship browser builds; everything else must be plain JavaScript.
 */
import { readFileSync, readdirSync } from "fs";
import { join } from "path";

const DIR = join(__dirname, "../../../src/xlsx/writer");
const sources = readdirSync(DIR).filter((f) => f.endsWith(".ts")).map((f) => [f, readFileSync(join(DIR, f), "utf8")] as const);

describe("src/xlsx/writer", () => {
  it("imports only ExcelJS, fflate and the core", () => {
    expect(sources.length).toBeGreaterThan(5);
    for (const [file, text] of sources) {
      const modules = [...text.matchAll(/from "([^"]+)"/g)].map((m) => m[1]!);
      const foreign = modules.filter((m) => !(m === "exceljs" || m === "fflate" || m.startsWith("./") || m.startsWith("../../core/")));
      expect([file, foreign]).toEqual([file, []]);
    }
  });

  it("uses no Node globals", () => {
    for (const [file, text] of sources) {
      const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ""); // comments may name them
      expect([file, /\b(Buffer|process|require|__dirname)\b/.exec(code)?.[0]]).toEqual([file, undefined]);
    }
  });
});
