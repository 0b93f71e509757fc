/**
 * The writers run in the task pane too (the stream writer in a worker, later), so their
 * sources may use no Node-only API. ExcelJS and fflate both ship browser builds; everything
 * else must be plain JavaScript.
 */
import { existsSync, readFileSync, readdirSync } from "fs";
import { join } from "path";

const ROOT = join(__dirname, "../../../src/xlsx");
const sourcesOf = (dir: string) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith(".ts")).map((f) => [`${dir}/${f}`, readFileSync(join(ROOT, dir, f), "utf8")] as const);

describe.each([
  // The stream writer uses fflate and the ExcelJS writer's rules, never ExcelJS itself (its types at most).
  ["stream", (m: string, line: string) => m === "fflate" || m.startsWith("./") || m.startsWith("../../core/") || m.startsWith("../writer/") || (m === "exceljs" && line.startsWith("import type"))],
  ["writer", (m: string) => m === "exceljs" || m === "fflate" || m.startsWith("./") || m.startsWith("../../core/")],
])("src/xlsx/%s", (dir, allowed) => {
  const sources = sourcesOf(dir);

  it("imports only what runs in a browser", () => {
    expect(sources.length).toBeGreaterThan(5);
    for (const [file, text] of sources) {
      const foreign = [...text.matchAll(/^(import[^;]*?from "([^"]+)")/gm)].filter((m) => !allowed(m[2]!, m[1]!)).map((m) => m[2]);
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

it("the stream writer reaches ExcelJS through no import that stays at run time", () => {
  // Every module the stream writer loads, following the imports that are not type-only.
  const resolve = (from: string, target: string) => {
    const base = join(from, "..", target);
    return existsSync(`${base}.ts`) ? `${base}.ts` : join(base, "index.ts");
  };
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, "utf8").matchAll(/^(?:import|export) (?!type )[^;]*?from "([^"]+)"/gm)) {
      expect([file, m[1]]).not.toEqual([file, "exceljs"]);
      if (m[1]!.startsWith(".")) visit(resolve(file, m[1]!));
    }
  };
  visit(join(ROOT, "stream/index.ts"));
  expect([...seen].filter((f) => f.includes("/xlsx/writer/")).length).toBeGreaterThan(3);
});
