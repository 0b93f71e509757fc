/**
 * A consolidation at a glance: how many units and files took part, were turned away or are
 * still missing, and the totals the product reports everywhere (participation, funding),
 * written the Vietnamese way. The full story is in the Nhật ký sheet.
 */
import { Card, makeStyles, tokens } from "@fluentui/react-components";
import { useId, type ReactNode } from "react";
import type { Totals } from "../../core/consolidate";
import { faceOf } from "../../core/kinds/faces";
import { message, type MessageCode } from "../../core/messages";
import type { ConsolidationView } from "../services/result-view";
import { useLayout } from "../styles";
import { num, t } from "../text";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { overflowWrap: "anywhere" },
  value: { margin: 0, textAlign: "right", fontVariantNumeric: "tabular-nums", fontWeight: tokens.fontWeightSemibold },
});

const PARTICIPATION_TERM: Record<keyof Totals["participation"], MessageCode> = { trainees: "ui.result.trainees", activities: "ui.result.activities", total: "ui.result.total" };

export function ResultCard({ result }: { result: ConsolidationView }) {
  const css = useLayout();
  const titleId = useId();
  const files = result.files;
  const notUsed = result.notUsed;
  const { participation, funding } = result.totals;
  const face = faceOf(result.form);
  const form = face ? message(face.labels.name) : result.form;
  const yearNote = result.yearNote;
  return (
    <Card aria-labelledby={titleId} role="region">
      <h2 id={titleId} className={css.heading}>
        {t("ui.result.title", { form, year: result.year ?? t("ui.noValue") })}
      </h2>
      {yearNote && <p className={css.para}>{yearNote}</p>}
      <Figures title={t("ui.result.units")}>
        <Figure term={t("ui.result.accepted")} value={t("ui.result.accepted.value", { files: files.accepted, units: result.unitsCovered })} />
        <Figure term={t("ui.result.rejected")} value={t("ui.result.count.files", { count: files.rejected })} />
        <Figure term={t("ui.result.duplicates")} value={t("ui.result.count.files", { count: files["duplicate-dropped"] })} />
        <Figure term={t("ui.result.missing")} value={t("ui.result.count.units", { count: result.missing.length })} />
        {result.deadline !== undefined && <Figure term={t("ui.result.late")} value={t("ui.result.count.units", { count: result.late })} />}
      </Figures>
      <Figures title={t("ui.result.participation")}>
        {(face?.participationShown ?? ["total"]).map((member) => (
          <Figure key={member} term={t(PARTICIPATION_TERM[member])} value={num(participation[member])} />
        ))}
      </Figures>
      <Figures title={t("ui.result.funding")}>
        <Figure term={t("ui.result.state")} value={num(funding.state)} />
        <Figure term={t("ui.result.other")} value={num(funding.other)} />
        {funding.unattributed !== undefined && <Figure term={t("ui.result.unattributed")} value={num(funding.unattributed)} />}
        <Figure term={t("ui.result.total")} value={num(funding.total)} />
      </Figures>
      {result.missing.length > 0 && <p className={css.para}>{t("ui.result.missingUnits", { units: result.missing.join("; ") })}</p>}
      {result.suggested.map((s) => (
        <p key={s.file} className={css.para}>
          {t("ui.result.suggested", { unit: s.unit, listed: s.listed })}
        </p>
      ))}
      {notUsed.length > 0 && (
        <details>
          <summary>{t("ui.result.notUsed", { count: notUsed.length })}</summary>
          <ul className={css.list}>
            {notUsed.map((f) => (
              <li key={f.index} className={css.text}>
                {t("ui.result.notUsed.item", { file: f.file, reason: f.reason })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </Card>
  );
}

function Figures({ title, children }: { title: string; children: ReactNode }) {
  const css = useLayout();
  const s = useStyles();
  const id = useId();
  return (
    <section aria-labelledby={id} className={css.tight}>
      <h3 id={id} className={css.subheading}>
        {title}
      </h3>
      <dl className={s.grid}>{children}</dl>
    </section>
  );
}

function Figure({ term, value }: { term: string; value: string }) {
  const s = useStyles();
  return (
    <>
      <dt className={s.term}>{term}</dt>
      <dd className={s.value}>{value}</dd>
    </>
  );
}
