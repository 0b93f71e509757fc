/**
 * The workers' rehearsals run the run's own path on sample schools' forms: the hub's
 * (written, read, checked, consolidated, summary written) accepts every school, so the code a
 * run ends with is the code rehearsed; a check worker's checks its samples round after round.
 * Both end when the run begins.
 */
import { rehearse, REHEARSED_UNITS } from "../../src/taskpane/services/warm-hub";
import { rehearseChecks } from "../../src/taskpane/services/warm-checks";

describe("the workers' rehearsals", () => {
  it("the hub's consolidates every sample school it writes", async () => {
    expect(await rehearse()).toBe(REHEARSED_UNITS);
  });

  it("the hub's ends when the run begins", async () => {
    expect(await rehearse(() => true)).toBe(0);
  });

  it("a check worker's checks its samples 48 times when nothing stops it", async () => {
    expect(await rehearseChecks(() => false)).toBe(48);
  });

  it("a check worker's ends at the run's first message, the step under way finished", async () => {
    let asked = 0;
    // The run's first file comes once the four samples are written and three checks made.
    const checks = await rehearseChecks(() => ++asked > 4 + 3);
    expect(checks).toBe(3);
  });
});
