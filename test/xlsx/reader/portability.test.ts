/**
 * The reader runs in the browser too: its sources (and the XML parsing under it) may
 * import only fflate, saxes, each other and the core, and name no Node global. (The lint
 * config does not hold src/xlsx to this.)
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";

const SRC = join(__dirname, "../../../src/xlsx");
const sources = ["reader", "xml"].flatMap((dir) => readdirSync(join(SRC, dir)).filter((n) => n.endsWith(".ts")).map((n) => `${dir}/${n}`));

it.each(sources)("%s uses nothing Node-only", (name) => {
  const code = readFileSync(join(SRC, name), "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
  const imports = [...code.matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]!);
  for (const spec of imports) expect([name, spec, /^(fflate|saxes|\.\/|\.\.\/(xml|reader)\/|\.\.\/\.\.\/core\/)/.test(spec)]).toEqual([name, spec, true]);
  expect(code).not.toMatch(/\b(Buffer|process|require|__dirname|global|setImmediate)\b/);
});
