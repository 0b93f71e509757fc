/**
 * The one function that turns the summary's sheet descriptions into .xlsx bytes in the
 * pane (in its consolidation worker, or on the main thread where workers cannot run).
 * Swapping the writer is this one line.
 */
export { renderWorkbook as renderSummary } from "../../xlsx/writer";
