/** The report outline's names and what the pane shows of its totals: light, so the pane's first screen needs no form data. */
import type { KindFace } from "../kind";

export const OUTLINE_FACE: KindFace = {
  labels: { name: "consolidate.form.report-outline", short: "ui.insert.form.report-outline", sheetName: "form.sheetName.report-outline", fileName: "ui.insert.fileName.report-outline" },
  participationShown: ["total"],
};
