/** openpyxl's reading of workbooks (test/xlsx/stream/openpyxl-dump.py), many in one run of Python. */
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { PYTHON } from "../../helpers/openpyxl";

export function openpyxlRead(files: readonly Uint8Array[]): unknown[] {
  const dir = mkdtempSync(join(tmpdir(), "htsd-openpyxl-"));
  try {
    const paths = files.map((bytes, i) => {
      const path = join(dir, `${i}.xlsx`);
      writeFileSync(path, bytes);
      return path;
    });
    const r = spawnSync(PYTHON, [join(__dirname, "openpyxl-dump.py"), ...paths], { encoding: "utf8", maxBuffer: 512 * 1024 * 1024, timeout: 600_000 });
    if (r.status !== 0) throw new Error(`openpyxl could not read the files: ${r.error?.message ?? ""}${r.stderr}`);
    return JSON.parse(r.stdout) as unknown[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
