import { measuresForUnit, sameUnit } from "../../../src/core/units";

describe("unit of measure", () => {
  it.each([
    ["lớp/người", ["count", "people"]],
    ["Số cuộc/người", ["count", "people"]],
    ["Số \nbuổi/người", ["count", "people"]],
    ["Tập thể/cá nhân", ["count", "people"]],
    ["người", ["people"]],
    ["Người", ["people"]],
    ["đồng", ["amount"]],
    ["lớp", ["count"]],
    ["Tin, bài/ cuộc", ["count"]],
    ["quyển/ tờ", ["count"]],
    ["Trường", ["count"]],
    ["", []],
  ])("%j takes %j", (unit, measures) => {
    expect(measuresForUnit(unit)).toEqual(measures);
  });

  it("compares units regardless of case, spacing and composition", () => {
    expect(sameUnit("Số cuộc/người", "số  cuộc/ người")).toBe(true);
    expect(sameUnit("lớp/người".normalize("NFD"), "lớp/người")).toBe(true);
    expect(sameUnit("lớp", "lớp/người")).toBe(false);
  });
});
