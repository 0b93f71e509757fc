/**
 * Imports point one way: no circle between any two files of src/ (type-only imports
 * included), and none between the folders of src/core, whose data path reads form data →
 * locate → report → check → consolidate → kinds → pipeline.
 */
import { cycles, folderGraph, importGraph } from "./import-graph";

const graph = importGraph();
const coreFolder = (file: string): string => {
  const [top, second] = file.split("/");
  return top === "core" ? `core/${second!.replace(/\.tsx?$/, "")}` : top!;
};

describe("the import graph of src/", () => {
  it("is read from every source file", () => {
    expect(graph.size).toBeGreaterThan(200);
    expect(graph.get("core/pipeline/locate-form.ts")).toContain("core/kinds/index.ts");
  });

  it("has no circle between files", () => {
    expect(cycles(graph)).toEqual([]);
  });

  it("has no circle between the folders of src/core", () => {
    const folders = folderGraph(graph, coreFolder);
    expect(cycles(folders)).toEqual([]);
  });

  it("finds a circle when there is one (the check itself works)", () => {
    const circular = new Map([["a.ts", ["b.ts"]], ["b.ts", ["c.ts"]], ["c.ts", ["a.ts"]], ["d.ts", ["a.ts"]]]);
    expect(cycles(circular)).toEqual([["a.ts", "b.ts", "c.ts"]]);
  });

  it("keeps the generic core below the kinds, and the kinds below the pipeline", () => {
    const folders = folderGraph(graph, coreFolder);
    const generic = [...folders.keys()].filter((f) => f.startsWith("core/") && !["core/kinds", "core/pipeline", "core/sample"].includes(f));
    for (const f of generic) expect({ [f]: folders.get(f)!.filter((t) => t === "core/kinds" || t === "core/pipeline") }).toEqual({ [f]: [] });
    expect(folders.get("core/kinds")).not.toContain("core/pipeline");
  });
});
