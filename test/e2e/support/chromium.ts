/**
 * Debian's Chromium, headless, through playwright-core: no browser is downloaded. The flags
 * keep it off the network (this machine's is closed, and without them Chromium keeps
 * dialling Google's services and floods the log with refused connections), and every
 * launch gets a fresh profile so no state leaks from one run into the next.
 */
import { existsSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { chromium, type BrowserContext } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Fails loudly when the browser is missing: in CI (which installs it) and locally alike. */
export function requireChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const where = process.env.CI ? "CI must install it (.ci/run does: apt-get install chromium)" : "install it with `sudo apt-get install chromium`";
  throw new Error(`The browser tests need Debian's Chromium at ${CHROMIUM}, which is missing: ${where}.`);
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Browser> {
  requireChromium();
  const profile = mkdtempSync(join(tmpdir(), "htsd-e2e-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    viewport: { width: 320, height: 800 },
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
