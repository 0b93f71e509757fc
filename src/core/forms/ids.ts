/**
 * The kinds of form this build knows, in the order they are preferred: when a workbook
 * holds one sheet of each, or files of each are counted equally, the first wins. Each id
 * has one folder under `src/core/kinds/` and one line in its registry.
 */
export const FORM_IDS = ["stats-table", "report-outline"] as const;

export type FormId = (typeof FORM_IDS)[number];

export function isFormId(id: string): id is FormId {
  return (FORM_IDS as readonly string[]).includes(id);
}

/** What every form version carries, whatever its kind: which form, which version of it. */
export interface FormDefBase {
  readonly id: string;
  readonly version: number;
}
