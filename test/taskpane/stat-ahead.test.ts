/**
 * The chosen files looked up ahead: every file measured, in the order chosen, in slices of
 * the thread with a turn for others between them, and nothing more once stopped.
 */
import { statAhead } from "../../src/taskpane/services/stat-ahead";

/** A chosen file whose lookup (its size) is recorded, taking `ms` of the thread's clock. */
function files(n: number, ms: number, clock: { now: number }, order: number[]): Blob[] {
  return Array.from({ length: n }, (_, i) => ({
    get size() {
      order.push(i);
      clock.now += ms;
      return 100;
    },
  })) as unknown as Blob[];
}

describe("statAhead", () => {
  const clock = { now: 0 };
  let now: jest.SpyInstance;
  beforeEach(() => {
    jest.useFakeTimers();
    clock.now = 0;
    now = jest.spyOn(performance, "now").mockImplementation(() => clock.now);
  });
  afterEach(() => {
    now.mockRestore();
    jest.useRealTimers();
  });

  it("looks every file up once, in order, a slice at a time", () => {
    const order: number[] = [];
    statAhead(files(10, 3, clock, order), 8);
    expect(order).toEqual([]);
    jest.advanceTimersToNextTimer();
    // 3 ms a file: the slice of 8 ms ends after the third.
    expect(order).toEqual([0, 1, 2]);
    jest.runAllTimers();
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("looks nothing more up once stopped", () => {
    const order: number[] = [];
    const stop = statAhead(files(10, 3, clock, order), 8);
    jest.advanceTimersToNextTimer();
    stop();
    jest.runAllTimers();
    expect(order).toEqual([0, 1, 2]);
  });

  it("stops by itself after the last file", () => {
    const order: number[] = [];
    statAhead(files(2, 1, clock, order), 8);
    jest.advanceTimersToNextTimer();
    expect(order).toEqual([0, 1]);
    expect(jest.getTimerCount()).toBe(0);
  });
});
