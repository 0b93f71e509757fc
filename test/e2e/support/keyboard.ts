/**
 * Keyboard-only use of the pane, and the checks every tab must pass at any pane width:
 * every control reachable with Tab in reading order, nothing scrolling sideways, and no
 * serious or critical accessibility violation.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

/**
 * The controls of the visible panel a Tab press should stop at, in document order, each
 * marked with `data-e2e-stop` and described for the failure message. A radio group is one
 * stop (its checked radio); a disabled control, or one hidden from assistive technology, is none.
 */
export function expectedStops(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const panel = document.querySelector('[role="tabpanel"]:not([hidden])');
    if (!panel) throw new Error("no visible tab panel");
    document.querySelectorAll("[data-e2e-stop]").forEach((el) => el.removeAttribute("data-e2e-stop"));
    const controls = "button, input, select, textarea, summary, a[href]";
    const candidates = Array.from(panel.querySelectorAll<HTMLElement>(`${controls}, [tabindex]`));
    const stops = candidates.filter((el) => {
      // A control kept out of the tab order is a failure to find, not a stop to skip: only
      // what assistive technology is told to ignore (the file input behind its button) is left out.
      if (el.hasAttribute("data-tabster-dummy") || el.closest('[aria-hidden="true"]') || (el as HTMLButtonElement).disabled) return false;
      if (!el.matches(controls) && el.tabIndex < 0) return false;
      if (el.getClientRects().length === 0) return false;
      const input = el as HTMLInputElement;
      if (input.type === "radio" && !input.checked) return !panel.querySelector(`input[type="radio"][name="${CSS.escape(input.name)}"]:checked`) && el === panel.querySelector(`input[type="radio"][name="${CSS.escape(input.name)}"]`);
      return true;
    });
    return stops.map((el, i) => {
      el.setAttribute("data-e2e-stop", String(i));
      const input = el as HTMLInputElement;
      const name = el.getAttribute("aria-label") ?? input.labels?.[0]?.textContent ?? el.textContent ?? "";
      return `${el.tagName.toLowerCase()}${input.type && el.tagName === "INPUT" ? `[${input.type}]` : ""} “${name.trim()}”`;
    });
  });
}

/** The focused element as expectedStops described it, or "outside the panel". */
function focused(page: Page): Promise<{ stop: number | null; role: string | null; text: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const stop = el?.closest('[role="tabpanel"]:not([hidden])') ? el.getAttribute("data-e2e-stop") : null;
    return { stop: stop === null ? null : Number(stop), role: el?.getAttribute("role") ?? null, text: (el?.textContent ?? "").trim() };
  });
}

/**
 * From the tab strip, presses Tab until focus leaves the panel and returns the stops it
 * visited, in order (a date field's day/month/year parts are one stop).
 */
export async function tabThroughPanel(page: Page, descriptions: string[]): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < descriptions.length * 4 + 8; i++) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    if (f.stop === null) {
      if (seen.length > 0) break;
      continue;
    }
    const d = descriptions[f.stop]!;
    if (seen.at(-1) !== d) seen.push(d);
  }
  return seen;
}

/** Shift+Tab until the selected tab has the focus (from the page's start, Tab gets there first). */
export async function focusTabStrip(page: Page): Promise<void> {
  if (await page.evaluate(() => document.activeElement === document.body)) await page.keyboard.press("Tab");
  for (let i = 0; i < 80 && (await focused(page)).role !== "tab"; i++) await page.keyboard.press("Shift+Tab");
  if ((await focused(page)).role !== "tab") throw new Error("Shift+Tab never reached the tab strip");
}

/** Back to the tab strip, along it with the arrow keys, and Enter. */
export async function openTabByKeyboard(page: Page, name: string): Promise<void> {
  await focusTabStrip(page);
  const names = ["Chèn mẫu", "Kiểm tra", "Tổng hợp"];
  let at = names.indexOf((await focused(page)).text);
  const target = names.indexOf(name);
  for (; at < target; at++) await page.keyboard.press("ArrowRight");
  for (; at > target; at--) await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("Enter");
  const selected = await page.getByRole("tab", { selected: true }).textContent();
  if (selected !== name) throw new Error(`the keyboard selected “${selected}”, not “${name}”`);
}

/** Presses Tab until the control with this accessible name (or label) has the focus; `selector` tells apart namesakes. */
export async function tabTo(page: Page, name: string | RegExp, selector = "*"): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    const label = await page.evaluate((selector) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el?.matches(selector)) return null;
      return (el.getAttribute("aria-label") ?? (el as HTMLInputElement | null)?.labels?.[0]?.textContent ?? el.textContent ?? "").trim();
    }, selector);
    if (label !== null && (typeof name === "string" ? label === name : name.test(label))) return;
  }
  throw new Error(`Tab never reached “${String(name)}”`);
}

export function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number }> {
  return page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
}

/** axe-core's serious and critical findings on the page as it is now, in a readable form. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Mid-animation colours are not what anyone reads (a dialog fading in fails contrast): let finite animations end.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running" || a.effect?.getComputedTiming().iterations === Infinity));
  // Fluent's focus helpers (tabster) put invisible "dummy" elements around some components;
  // axe flags them though no user ever reaches them: a known false positive,
  // https://github.com/microsoft/fluentui/issues/25133.
  const result = await new AxeBuilder({ page }).exclude("[data-tabster-dummy]").analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

/** What has the focus, named as a user hears it: label, aria-label or text. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return "(nothing: the page itself)";
    return (el.getAttribute("aria-label") ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? "").trim();
  });
}
