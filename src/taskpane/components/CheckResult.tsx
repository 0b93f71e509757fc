/** What checking one sheet or file found: which form, whose, how many problems, and the problems. */
import { forwardRef, useId } from "react";
import type { CheckedFile, Fix } from "../../core/check";
import { faceOf } from "../../core/kinds/faces";
import { message } from "../../core/messages";
import { useLayout } from "../styles";
import { t } from "../text";
import { ProblemList } from "./ProblemList";

export interface CheckResultProps {
  /** The sheet or file name the user knows it by. */
  name: string;
  checked: CheckedFile;
  showSheet?: boolean;
  onSelect?(sheet: string, cell: string): void;
  onFix?(fix: Fix): void;
  disabled?: boolean;
}

/** The heading takes focus after a fix, so keyboard users land on the fresh result. */
export const CheckResult = forwardRef<HTMLHeadingElement, CheckResultProps>(function CheckResult({ name, checked, showSheet, onSelect, onFix, disabled }, headingRef) {
  const css = useLayout();
  const errors = checked.problems.filter((p) => p.severity === "error").length;
  const warnings = checked.problems.filter((p) => p.severity === "warning").length;
  const report = checked.report;
  const id = useId();
  return (
    <section className={css.tight} aria-labelledby={id}>
      <h2 id={id} ref={headingRef} tabIndex={-1} className={css.heading}>
        {t("ui.check.result", { name })}
      </h2>
      {report && (
        <p className={css.para}>
          {t("ui.check.found", {
            form: faceOf(report.form) ? message(faceOf(report.form)!.labels.short) : report.form,
            year: report.year,
            unit: report.unit || t("ui.check.unit.none"),
          })}
        </p>
      )}
      {report?.labelRows && <p className={css.para}>{t("ui.check.labelRows", report.labelRows)}</p>}
      <p className={css.para}>{checked.problems.length === 0 ? t("ui.check.clean") : t("ui.check.counts", { errors, warnings })}</p>
      <ProblemList problems={checked.problems} fixes={checked.fixes} sheet={checked.sheet} showSheet={showSheet} onSelect={onSelect} onFix={onFix} disabled={disabled} />
    </section>
  );
});
