/** The statistics table's names and what the pane shows of its totals: light, so the pane's first screen needs no form data. */
import type { KindFace } from "../kind";

export const STATS_FACE: KindFace = {
  labels: { name: "consolidate.form.stats-table", short: "ui.insert.form.stats-table", sheetName: "form.sheetName.stats-table", fileName: "ui.insert.fileName.stats-table" },
  participationShown: ["trainees", "activities", "total"],
};
