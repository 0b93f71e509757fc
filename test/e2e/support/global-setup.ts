/**
 * Before any browser test: Chromium must be there (a missing browser is a failure, never a
 * skip), the production build must exist, and the Excel fake is bundled once for all files.
 */
import { existsSync } from "fs";
import { join, resolve } from "path";
import { requireChromium } from "./chromium";
import { bundleFakeExcel } from "./fake-bundle";

export default async function globalSetup(): Promise<void> {
  requireChromium();
  const dist = resolve(__dirname, "../../../dist");
  if (!existsSync(join(dist, "taskpane.html"))) throw new Error(`No production build in ${dist}: run \`npm run build\` first (\`npm run test:e2e\` does).`);
  process.env.HTSD_E2E_DIST = dist;
  process.env.HTSD_E2E_FAKE_EXCEL = await bundleFakeExcel();
}
