/**
 * The forms' data files and the Week's dates are checked against their schemas here, not
 * when a module loads (no worker loads zod to check the same data again): the data the
 * product runs on must pass its schema unchanged, so a bad or drifted data file fails the
 * tests, never a user's session.
 */
import { STATS_VERSIONS } from "../../../src/core/kinds/stats-table/versions";
import { OUTLINE_VERSIONS } from "../../../src/core/kinds/report-outline/versions";
import { statsTableSchema } from "../../../src/core/kinds/stats-table/schema";
import { reportOutlineSchema } from "../../../src/core/kinds/report-outline/schema";
import { WEEKS } from "../../../src/core/forms/weeks";
import { weekSchema } from "../../../src/core/forms/week-schema";

describe("the data the product runs on", () => {
  test("every version of the statistics table passes its schema, unchanged by it", () => {
    expect(STATS_VERSIONS.length).toBeGreaterThan(0);
    for (const form of STATS_VERSIONS) expect(statsTableSchema.parse(form)).toEqual(form);
  });

  test("every version of the report outline passes its schema, unchanged by it", () => {
    expect(OUTLINE_VERSIONS.length).toBeGreaterThan(1);
    for (const form of OUTLINE_VERSIONS) expect(reportOutlineSchema.parse(form)).toEqual(form);
  });

  test("every year's Week passes its schema, unchanged by it", () => {
    expect(WEEKS.size).toBeGreaterThan(0);
    for (const week of WEEKS.values()) expect(weekSchema.parse(week)).toEqual(week);
  });

  test("a data file the schema refuses is refused: a week without its end", () => {
    expect(() => weekSchema.parse({ start: "2025-10-01", source: "x" })).toThrow();
  });
});
