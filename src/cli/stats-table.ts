/**
 * `--stats-table`: the statistics table whose figures a report outline's own report states
 * (participants, funding), read and checked as any unit's file: a summary made by htsd or
 * one unit's table.
 */
import type { StatsFigures } from "../core/consolidate";
import { STATS_TABLE } from "../core/kinds/stats-table/types";
import { message } from "../core/messages";
import { statsFigures } from "../core/pipeline";
import { checkFiles } from "./check-many";
import { expandInputs } from "./files";

/** The figures, or the message saying why there are none. */
export async function statsTableFigures(file: string, today: string, year: number | undefined): Promise<StatsFigures | string> {
  const { files, missing } = await expandInputs([file]);
  if (missing.length > 0) return message("cli.error.notFound", { file });
  const { results } = await checkFiles(files, today, { jobs: 1, form: STATS_TABLE });
  return statsFigures(results, { onDuplicate: "latest", acceptErrors: false, ...(year !== undefined ? { year } : {}) }) ?? message("cli.error.noStatsTable", { file });
}
