/** One unit's outline as a list of answers in the form's order (the header is who, not what). */
import { message } from "../../messages";
import type { Report } from "../../report";
import type { UnitValue } from "../kind";
import type { ReportOutlineForm } from "./schema";
import { isOutlineReport } from "./types";

export function outlineUnitValues(form: ReportOutlineForm, r: Report): UnitValue[] {
  if (!isOutlineReport(r)) return [];
  return form.fields.flatMap((f) => {
    const value = r.fields[f.code];
    return f.header || value === undefined ? [] : [{ code: f.code, label: f.label, measure: "value", measureName: message("csv.answer"), value }];
  });
}
