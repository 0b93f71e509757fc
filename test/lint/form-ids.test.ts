/**
 * Generic code never asks which kind of form it holds: a form id written as a literal, or
 * a cast to one kind's type, belongs only in that kind's folder (src/core/kinds/<kind>/),
 * the registry beside those folders and the list of ids (src/core/forms/).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { FORM_IDS } from "../../src/core/forms";

const SRC = path.resolve(__dirname, "../../src");
const KIND_ONLY = [path.join("core", "kinds"), path.join("core", "forms")];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

const generic = files(SRC).filter((f) => !KIND_ONLY.some((k) => path.relative(SRC, f).startsWith(k)));

/** Every exported type of a kind's folder: casting to one of them outside it is asking which kind. */
function kindTypes(): string[] {
  const dir = path.join(SRC, "core", "kinds");
  return readdirSync(dir)
    .filter((d) => statSync(path.join(dir, d)).isDirectory())
    .flatMap((d) => files(path.join(dir, d)))
    .flatMap((f) => [...readFileSync(f, "utf8").matchAll(/export (?:interface|type) (\w+)/g)].map((m) => m[1]!));
}

describe("form ids outside the kinds", () => {
  it("scans the generic code", () => {
    expect(generic.length).toBeGreaterThan(150);
    expect(kindTypes()).toEqual(expect.arrayContaining(["StatsReport", "OutlineReport", "StatsTableForm", "LocatedStats", "OutlineConsolidation"]));
  });

  it.each(FORM_IDS.map((id) => [id]))("no literal %s in generic code", (id) => {
    const quoted = new RegExp(`["'\`]${id}["'\`]`);
    expect(generic.filter((f) => quoted.test(readFileSync(f, "utf8"))).map((f) => path.relative(SRC, f))).toEqual([]);
  });

  it("no cast to a kind's own type in generic code", () => {
    const cast = new RegExp(`\\bas (?:${kindTypes().join("|")})\\b`);
    expect(generic.filter((f) => cast.test(readFileSync(f, "utf8"))).map((f) => path.relative(SRC, f))).toEqual([]);
  });
});
