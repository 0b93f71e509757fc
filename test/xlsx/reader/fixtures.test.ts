/**
 * The committed fixtures are what make-fixtures.ts builds, so none is a mystery binary.
 * With UPDATE_FIXTURES=1 this rewrites the synthetic ones first (and with
 * UPDATE_FIXTURES=libreoffice, the LibreOffice-made ones too), then checks as usual.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "fs";
import { join } from "path";
import { makeLibreOfficeFixtures, READABLE_DIR, syntheticReadable, syntheticUnreadable, UNREADABLE_DIR } from "../../fixtures/unreadable/make-fixtures";

const synthetic: [string, string, Uint8Array][] = [
  ...Object.entries(syntheticUnreadable()).map(([name, bytes]): [string, string, Uint8Array] => [UNREADABLE_DIR, name, bytes]),
  ...Object.entries(syntheticReadable()).map(([name, bytes]): [string, string, Uint8Array] => [READABLE_DIR, name, bytes]),
];
export const LIBREOFFICE_MADE = [
  join(UNREADABLE_DIR, "old-format.xls"),
  join(UNREADABLE_DIR, "password-protected.xlsx"),
  join(UNREADABLE_DIR, "ods-renamed.xlsx"),
  join(READABLE_DIR, "libreoffice-saved.xlsx"),
];

beforeAll(async () => {
  if (!process.env.UPDATE_FIXTURES) return;
  for (const [dir, name, bytes] of synthetic) writeFileSync(join(dir, name), bytes);
  if (process.env.UPDATE_FIXTURES === "libreoffice") await makeLibreOfficeFixtures();
}, 300_000);

it.each(synthetic.map(([dir, name, bytes]) => [name, dir, bytes] as const))("%s is what make-fixtures builds", (name, dir, bytes) => {
  const path = join(dir, name);
  expect(existsSync(path)).toBe(true);
  expect(new Uint8Array(readFileSync(path)).length).toBe(bytes.length);
  expect(Buffer.compare(readFileSync(path), Buffer.from(bytes))).toBe(0);
});

it("has the fixtures only LibreOffice can make", () => {
  for (const path of LIBREOFFICE_MADE) expect(existsSync(path) && statSync(path).size > 0).toBe(true);
});

it("keeps every committed fixture under 200 KB", () => {
  for (const dir of [UNREADABLE_DIR, READABLE_DIR]) {
    for (const name of readdirSync(dir).filter((n) => /\.(xlsx|xls)$/.test(n))) {
      expect([name, statSync(join(dir, name)).size < 200 * 1024]).toEqual([name, true]);
    }
  }
});
