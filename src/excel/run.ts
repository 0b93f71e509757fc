/**
 * The one door to `Excel.run`: every failure inside a batch (at a call, or at a sync)
 * leaves as an ExcelPortError in the pane's language. The batch fills `where` as it goes,
 * so "not found" can name the sheet it was working on.
 */
import { type ErrorWhere, type Operation, toPortError } from "./errors";

export async function runExcel<T>(operation: Operation, batch: (context: Excel.RequestContext, where: ErrorWhere) => Promise<T>): Promise<T> {
  const where: ErrorWhere = {};
  try {
    return await Excel.run((context) => batch(context, where));
  } catch (e) {
    throw toPortError(e, operation, where);
  }
}
