/**
 * A report's content print: its kind's fingerprint as a digest, and how many values it
 * holds. The consolidation groups reports by it to find one report sent under two names;
 * equal digests are never proof (the fingerprints are compared then). Made where a file is
 * checked when that is another thread, so a country's consolidation does not go through
 * every unit's numbers once more for it alone.
 */
import type { CheckedFile, ContentPrint } from "../check";
import { digest } from "../consolidate/digest";
import { kindOf, type FormKind } from "../kinds";
import type { Report } from "../report";

export function contentPrint(report: Report, kind: FormKind | undefined = kindOf(report.form)): ContentPrint {
  const print = kind?.fingerprint(report);
  return print ? { digest: digest(print.print), values: print.values } : { values: 0 };
}

/** The checked file with its report's content print, when it holds a report (in place: the file is the caller's own, fresh from the check). */
export function withContentPrint(checked: CheckedFile): CheckedFile {
  if (checked.report) checked.content = contentPrint(checked.report);
  return checked;
}
