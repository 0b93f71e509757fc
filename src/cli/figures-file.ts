/**
 * `--table`: a workbook whose figures a consolidator's own report states (a report
 * outline's report: the statistics table's participants and funding), read and checked as
 * any unit's file: a summary made by htsd or one unit's table.
 */
import type { CheckedFile } from "../core/check";
import { message } from "../core/messages";
import { checkFiles } from "./check-many";
import { expandInputs } from "./files";

/** The file checked, or the message saying why it cannot be used. */
export async function readFiguresFile(file: string, today: string): Promise<CheckedFile[] | string> {
  const { files, missing } = await expandInputs([file]);
  if (missing.length > 0) return message("cli.error.notFound", { file });
  const { results } = await checkFiles(files, today, { jobs: 1 });
  return results.some((r) => r.report !== undefined) ? results : message("cli.error.noFigures", { file });
}
