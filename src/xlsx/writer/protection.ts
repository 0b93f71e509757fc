import type { Worksheet } from "exceljs";

/**
 * Protects the sheet without a password: the lock guards against slips, not people, and
 * anyone can lift it from the Review tab. Users may still select any cell and widen
 * columns or rows (long unit names), and use the filter when the sheet has one.
 *
 * Without a password ExcelJS writes no hash, so nothing here needs Node's crypto and the
 * same code runs in the browser.
 */
export async function protect(ws: Worksheet, hasAutoFilter: boolean): Promise<void> {
  await ws.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    // As Excel's own dialog does: objects and scenarios are protected too.
    objects: false,
    scenarios: false,
    ...(hasAutoFilter ? { autoFilter: true } : {}),
  });
}
