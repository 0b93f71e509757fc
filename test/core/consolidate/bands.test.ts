/** Bands of a per-unit table: one page wide, groups never split, pages begun only at a band's header. */
import { bandBreaks, planBands, PAGE_CHARS } from "../../../src/core/consolidate";

describe("planBands", () => {
  // Fixed columns of 30, so 100 characters of room: groups of 40, 40, 30 and 20 wide.
  const plan = planBands({ fixed: [10, 20], groups: [[20, 20], [20, 20], [30], [10, 10]], headRows: 2, units: 3 });

  it("fills a band while the room lasts, never splitting a group, one width per column down the sheet", () => {
    expect(plan.bands.map((b) => b.groups)).toEqual([[0, 1], [2, 3]]);
    // Slot widths: the widest any band puts there (30 over 20 in the first, 20 and 20 after).
    expect(plan.slots).toEqual([30, 20, 20, 20]);
    // The last group stands in the second band's second and third columns: D and E.
    expect([plan.colOf(3, 0), plan.colOf(3, 1)]).toEqual([4, 5]);
    expect(10 + 20 + plan.slots.reduce((s, w) => s + w, 0)).toBeLessThanOrEqual(PAGE_CHARS);
  });

  it("stacks the bands: two header rows, three units, a blank row", () => {
    expect(plan.bands.map((b) => [b.head, b.first, b.last])).toEqual([
      [1, 3, 5],
      [7, 9, 11],
    ]);
    expect(plan.lastRow).toBe(11);
    expect(plan.bandOf(2)).toBe(plan.bands[1]);
  });
});

describe("bandBreaks", () => {
  const plan = planBands({ fixed: [100], groups: [[20], [20], [20]], headRows: 1, units: 3 });
  // Three bands of four rows: head 1–4, gap 5, 6–9, gap 10, 11–14; 15 points a row unless given.
  it("begins a page before a band that does not fit what is left, never inside one", () => {
    expect(plan.bands.map((b) => b.head)).toEqual([1, 6, 11]);
    expect(bandBreaks(plan.bands, [], 4 * 15 * 3 + 2 * 15)).toEqual([]);
    expect(bandBreaks(plan.bands, [], 4 * 15 * 2 + 15)).toEqual([10]);
    // A tall first band fills its page: the second begins the next, the third fits under it.
    expect(bandBreaks(plan.bands, [{ row: 2, height: 100 }], 4 * 15 * 2 + 15)).toEqual([5]);
    // A band taller than a page still starts a page of its own.
    expect(bandBreaks(plan.bands, [], 30)).toEqual([5, 10]);
  });
});
