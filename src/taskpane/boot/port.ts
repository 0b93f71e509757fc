/**
 * The workbook port for the host the pane runs in: in Excel, the Office.js adapter, loaded
 * as its own chunk only there; on its own (a browser tab), none: the pane works on files.
 */
import type { WorkbookPort } from "../../excel/port";
import type { HostKind } from "./host";

export async function createPort(host: HostKind): Promise<WorkbookPort | undefined> {
  if (host !== "excel") return undefined;
  const { createExcelPort } = await import("../../excel");
  return createExcelPort();
}
