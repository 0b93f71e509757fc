/**
 * The budget on each file: a worker that runs over time or out of memory, or crashes, is
 * ended and replaced; its file is refused with its own reason and every other file is
 * still answered, in order. The workers are real threads with real heap limits; the
 * stand-in script plays the hostile files.
 */
import { join } from "path";
import { message } from "../../src/core/messages";
import { describe as describeProblem } from "../../src/core/problems";
import { checkFiles } from "../../src/cli/check-many";

const script = join(__dirname, "stand-in-worker.js");
const files = (names: string[]) => names.map((name) => ({ path: name, name }));

describe("reading files under a budget", () => {
  it("refuses a file that takes too long, and answers all the others", async () => {
    const names = ["01.xlsx", "02-treo.xlsx", "03.xlsx", "04.xlsx", "05.xlsx", "06-treo.xlsx", "07.xlsx"];
    const internal: string[] = [];
    const { results } = await checkFiles(files(names), "2025-11-24", { script, jobs: 2, budget: { fileMs: 1500, heapMb: 64 }, onInternalError: (f) => internal.push(f) });
    expect(results.map((r) => r.file)).toEqual(names);
    expect(results.map((r) => r.problems.map((p) => p.code))).toEqual([[], ["read.timeout"], [], [], [], ["read.timeout"], []]);
    expect(describeProblem(results[1]!.problems[0]!)).toBe(message("read.timeout", { file: "02-treo.xlsx", seconds: 1.5 }));
    expect(internal).toEqual([]);
  }, 60_000);

  it("refuses a file that takes too much memory, and answers all the others", async () => {
    const names = ["01.xlsx", "02-phinh.xlsx", "03.xlsx", "04.xlsx"];
    const internal: string[] = [];
    // Time enough that only the heap limit can end the hog, however loaded the machine.
    const { results } = await checkFiles(files(names), "2025-11-24", { script, jobs: 1, budget: { fileMs: 120_000, heapMb: 64 }, onInternalError: (f) => internal.push(f) });
    expect(results.map((r) => r.problems.map((p) => p.code))).toEqual([[], ["read.memory"], [], []]);
    expect(describeProblem(results[1]!.problems[0]!)).toBe(message("read.memory", { file: "02-phinh.xlsx", limit: 64 }));
    expect(internal).toEqual([]);
  }, 150_000);

  it("refuses a file that crashes its worker as an internal error, naming it, and goes on with one worker", async () => {
    const names = ["01-vo.xlsx", "02.xlsx", "03-vo.xlsx", "04.xlsx"];
    const internal: string[] = [];
    const { results } = await checkFiles(files(names), "2025-11-24", { script, jobs: 1, budget: { fileMs: 5000, heapMb: 64 }, onInternalError: (f, detail) => internal.push(`${f}: ${detail.split("\n")[0]}`) });
    expect(results.map((r) => r.problems.map((p) => p.code))).toEqual([["read.internal"], [], ["read.internal"], []]);
    expect(describeProblem(results[0]!.problems[0]!)).toBe(message("read.internal", { file: "01-vo.xlsx" }));
    expect(internal).toEqual(["01-vo.xlsx: Error: stand-in crash", "03-vo.xlsx: Error: stand-in crash"]);
  }, 60_000);

  it("ends the run when a worker never starts: each file it was sent is refused as too long, in turn", async () => {
    const names = ["01.xlsx", "02.xlsx"];
    const script = join(__dirname, "stand-in-hangs-at-load.js");
    const { results } = await checkFiles(files(names), "2025-11-24", { script, jobs: 1, budget: { fileMs: 500, heapMb: 64 } });
    expect(results.map((r) => r.problems.map((p) => p.code))).toEqual([["read.timeout"], ["read.timeout"]]);
  }, 60_000);

  it("answers an empty list without starting a worker", async () => {
    expect((await checkFiles([], "2025-11-24", { script })).results).toEqual([]);
  });
});
