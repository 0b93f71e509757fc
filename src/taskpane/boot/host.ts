/**
 * Decides whether the task pane runs inside Excel or on its own (a browser tab, an e2e test).
 * office.js is loaded `async` from the CDN (see ../index.html), so it may arrive late, fail,
 * or load and never call back (outside Office, in an old host): in each case the pane must
 * still start, in standalone mode, within `timeoutMs`.
 */
export type HostKind = "excel" | "standalone";

/** The part of office.js this module touches; the real `Office` global fits it. */
interface OfficeLike {
  onReady(): Promise<{ host: unknown; platform?: unknown }>;
}

/** Where office.js puts its global; `globalThis` in the browser, a plain object in tests. */
export interface HostScope {
  Office?: OfficeLike;
  /** Set by the `onerror` of the office.js <script> in index.html. */
  __htsdOfficeJsFailed?: boolean;
}

/** The name of the flag index.html sets when office.js cannot be loaded. */
export const OFFICE_JS_FAILED_FLAG = "__htsdOfficeJsFailed";

/**
 * Office opens the pane at its SourceLocation with `?_host_Info=Excel$Win32$…` (or in the
 * hash on some platforms). Inside Office the pane waits for office.js however slow the
 * line is, instead of giving up after two seconds and starting without Excel.
 */
export function launchedByOffice(location: { search: string; hash: string }): boolean {
  return /[?&#]_host_Info=/i.test(location.search + location.hash);
}

/** How long to wait for office.js: two seconds in a plain browser, a minute inside Office. */
export function hostTimeout(location: { search: string; hash: string }): number {
  return launchedByOffice(location) ? 60_000 : 2000;
}

/** How often to look for a late office.js: short enough not to delay Excel noticeably. */
const POLL_MS = 25;

export function detectHost(timeoutMs = 2000, scope: HostScope = globalThis as HostScope): Promise<HostKind> {
  return new Promise<HostKind>((resolve) => {
    let settled = false;
    let poll: ReturnType<typeof setInterval> | undefined;
    const finish = (kind: HostKind) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      if (poll !== undefined) clearInterval(poll);
      resolve(kind);
    };
    const deadline = setTimeout(() => finish("standalone"), timeoutMs);

    /** True once the question is handed to office.js (or answered). */
    const tryOffice = (): boolean => {
      const office = scope.Office;
      // An `Office` already present wins over the failure flag: e2e tests block the CDN
      // and put the Excel fake in its place.
      if (!office || typeof office.onReady !== "function") {
        if (!scope.__htsdOfficeJsFailed) return false;
        finish("standalone");
        return true;
      }
      try {
        office.onReady().then(
          (info) => finish(info && info.host === "Excel" ? "excel" : "standalone"),
          () => finish("standalone"),
        );
      } catch {
        finish("standalone");
      }
      return true;
    };

    if (!tryOffice()) {
      poll = setInterval(() => {
        if (tryOffice() && poll !== undefined) clearInterval(poll);
      }, POLL_MS);
    }
  });
}
