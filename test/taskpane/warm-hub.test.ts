/**
 * The hub's rehearsal runs the run's own path (sample forms written, read, checked,
 * consolidated and their summary written): every sample school is accepted, so the code a
 * run ends with (the accepted units' totals and rows) is the code rehearsed.
 */
import { rehearse, REHEARSED_UNITS } from "../../src/taskpane/services/warm-hub";

describe("the hub's rehearsal", () => {
  it("consolidates every sample school it writes", async () => {
    expect(await rehearse()).toBe(REHEARSED_UNITS);
  });
});
