/**
 * The reader runs in the browser too: its sources may import only fflate, saxes and the
 * core, and name no Node global. (The lint config does not hold src/xlsx to this.)
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";

const DIR = join(__dirname, "../../../src/xlsx/reader");
const sources = readdirSync(DIR).filter((n) => n.endsWith(".ts"));

it.each(sources)("%s uses nothing Node-only", (name) => {
  const code = readFileSync(join(DIR, name), "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
  const imports = [...code.matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]!);
  for (const spec of imports) expect([name, spec, /^(fflate|saxes|\.\/|\.\.\/\.\.\/core\/)/.test(spec)]).toEqual([name, spec, true]);
  expect(code).not.toMatch(/\b(Buffer|process|require|__dirname|global|setImmediate)\b/);
});
