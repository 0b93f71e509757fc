/** The first thing `htsd` does: tell a user whose Node.js is too old, in Vietnamese, what to do. */
import { readFileSync } from "fs";
import { join } from "path";
import { nodeProblem } from "../../src/cli/node-check";

const engines = (JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8")) as { engines: { node: string } }).engines.node;

describe("nodeProblem", () => {
  it.each([
    ["14.21.3", "18"],
    ["17.9.1", "18"],
    ["18.2.9", "18.3"],
    ["v18.2.0", "18.3.0"],
  ])("Node.js %s is too old for %s: the message names both versions", (current, required) => {
    expect(nodeProblem(current, required)).toBe(`htsd cần Node.js ${required} trở lên; máy này có Node.js ${current}. Hãy cài bản Node.js mới hơn (https://nodejs.org) rồi chạy lại.`);
  });

  it.each([
    ["18.0.0", "18"],
    ["18.3.0", "18.3"],
    ["20.19.2", "18.3"],
    ["24.0.0-pre", "18"],
  ])("Node.js %s will do for %s", (current, required) => {
    expect(nodeProblem(current, required)).toBeUndefined();
  });

  it("package.json states the minimum as `>=MAJOR[.MINOR[.PATCH]]`, the form the build reads", () => {
    expect(engines).toMatch(/^>=\d+(\.\d+){0,2}$/);
    expect(nodeProblem(process.versions.node, engines.slice(2))).toBeUndefined();
  });
});
