/**
 * The globals code written against Office.js reaches for: `Office` (onReady, requirement
 * sets), `Excel` (run, RequestContext, enums) and `OfficeExtension` (Error, ErrorCodes).
 * `installFakeOffice(globalThis, fake)` puts them where office.js would, so the code under
 * test runs unchanged, in jest (jsdom or node) or bundled into a page for e2e tests.
 */
import { FakeOfficeError, ErrorCodes } from "./errors";
import type { FakeExcel } from "./fake-excel";

export interface FakeOfficeGlobals {
  Office: ReturnType<typeof makeOffice>;
  Excel: ReturnType<typeof makeExcel>;
  OfficeExtension: typeof OfficeExtensionFake;
}

const OfficeExtensionFake = {
  Error: FakeOfficeError,
  ErrorCodes,
};

export function makeOffice(fake: FakeExcel) {
  const info = { host: "Excel", platform: fake.options.platform ?? "PC" };
  const requirements = { isSetSupported: (name: string, minVersion?: string | number) => fake.requirements.isSetSupported(name, minVersion) };
  return {
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
    context: {
      requirements,
      host: info.host,
      platform: info.platform,
      displayLanguage: fake.options.displayLanguage ?? "vi-VN",
      contentLanguage: fake.options.displayLanguage ?? "vi-VN",
      diagnostics: { host: info.host, platform: info.platform, version: "16.0.0.0" },
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
    /** `new Excel.RequestContext()`, for code that manages its own context. */
    RequestContext: function RequestContext() {
      return fake.createContext();
    } as unknown as new () => ReturnType<FakeExcel["createContext"]>,
    ErrorCodes,
    ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents", hyperlinks: "Hyperlinks", removeHyperlinks: "RemoveHyperlinks" },
    WorksheetPositionType: { none: "None", before: "Before", after: "After", beginning: "Beginning", end: "End" },
    SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
    CalculationType: { recalculate: "Recalculate", full: "Full", fullRebuild: "FullRebuild" },
    BorderIndex: { edgeTop: "EdgeTop", edgeBottom: "EdgeBottom", edgeLeft: "EdgeLeft", edgeRight: "EdgeRight", insideVertical: "InsideVertical", insideHorizontal: "InsideHorizontal", diagonalDown: "DiagonalDown", diagonalUp: "DiagonalUp" },
    BorderLineStyle: { none: "None", continuous: "Continuous", dash: "Dash", dashDot: "DashDot", dashDotDot: "DashDotDot", dot: "Dot", double: "Double", slantDashDot: "SlantDashDot" },
    BorderWeight: { hairline: "Hairline", thin: "Thin", medium: "Medium", thick: "Thick" },
    HorizontalAlignment: { general: "General", left: "Left", center: "Center", right: "Right", fill: "Fill", justify: "Justify", centerAcrossSelection: "CenterAcrossSelection", distributed: "Distributed" },
    VerticalAlignment: { top: "Top", center: "Center", bottom: "Bottom", justify: "Justify", distributed: "Distributed" },
    DataValidationOperator: { between: "Between", notBetween: "NotBetween", equalTo: "EqualTo", notEqualTo: "NotEqualTo", greaterThan: "GreaterThan", lessThan: "LessThan", greaterThanOrEqualTo: "GreaterThanOrEqualTo", lessThanOrEqualTo: "LessThanOrEqualTo" },
    RangeValueType: { unknown: "Unknown", empty: "Empty", string: "String", integer: "Integer", double: "Double", boolean: "Boolean", error: "Error", richValue: "RichValue" },
  };
}

/**
 * Puts `Office`, `Excel` and `OfficeExtension` on `scope` (usually `globalThis` or `window`).
 * Returns a function that puts back whatever was there before.
 */
export function installFakeOffice(scope: object, fake: FakeExcel): () => void {
  const target = scope as Record<string, unknown>;
  const globals: FakeOfficeGlobals = { Office: makeOffice(fake), Excel: makeExcel(fake), OfficeExtension: OfficeExtensionFake };
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
