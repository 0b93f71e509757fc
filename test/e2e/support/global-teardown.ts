/** After the browser tests: the bundled Excel fake's temporary folder goes. */
import { rmSync } from "fs";
import { dirname } from "path";

export default async function globalTeardown(): Promise<void> {
  const bundle = process.env.HTSD_E2E_FAKE_EXCEL;
  if (bundle) rmSync(dirname(bundle), { recursive: true, force: true });
}
