/**
 * The globals code written against Office.js reaches for: `Office` (onReady, requirement
 * sets), `Excel` (run, the one enum the adapter uses) and `OfficeExtension` (Error).
 * `installFakeOffice(globalThis, fake)` puts them where office.js would, so the code under
 * test runs unchanged, in jest (jsdom or node) or bundled into a page for e2e tests.
 */
import { FakeOfficeError } from "./errors";
import type { FakeExcel } from "./fake-excel";

export interface FakeOfficeGlobals {
  Office: ReturnType<typeof makeOffice>;
  Excel: ReturnType<typeof makeExcel>;
  OfficeExtension: { Error: typeof FakeOfficeError };
}

export function makeOffice(fake: FakeExcel) {
  const info = { host: "Excel", platform: "PC" };
  return {
    context: {
      requirements: { isSetSupported: (name: string, minVersion?: string | number) => fake.requirements.isSetSupported(name, minVersion) },
    },
    /** Resolves at once, or never when the fake was made with `onReady: "never"` (a host that hangs). */
    onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
      fake.onReadyCalls++;
      if (fake.options.onReady === "never") return new Promise(() => undefined);
      return Promise.resolve().then(() => {
        callback?.(info);
        return info;
      });
    },
  };
}

export function makeExcel(fake: FakeExcel) {
  return {
    run: fake.run,
    WorksheetPositionType: { none: "None", before: "Before", after: "After", beginning: "Beginning", end: "End" },
  };
}

/**
 * Puts `Office`, `Excel` and `OfficeExtension` on `scope` (usually `globalThis` or `window`).
 * Returns a function that puts back whatever was there before.
 */
export function installFakeOffice(scope: object, fake: FakeExcel): () => void {
  const target = scope as Record<string, unknown>;
  const globals: FakeOfficeGlobals = { Office: makeOffice(fake), Excel: makeExcel(fake), OfficeExtension: { Error: FakeOfficeError } };
  const previous = Object.keys(globals).map((k) => [k, Object.getOwnPropertyDescriptor(target, k)] as const);
  for (const [key, value] of Object.entries(globals)) {
    Object.defineProperty(target, key, { value, configurable: true, writable: true, enumerable: false });
  }
  return () => {
    for (const [key, descriptor] of previous) {
      if (descriptor) Object.defineProperty(target, key, descriptor);
      else delete target[key];
    }
  };
}
