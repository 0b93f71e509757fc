/** The optional settings of a consolidation: who must report, by when, and what to do with duplicates and errors. */
import { Checkbox, Field, Input, Radio, RadioGroup, Textarea } from "@fluentui/react-components";
import { memo } from "react";
import { aliasesFromText, expectedFromText } from "../../core/roster";
import { yearOf } from "../services/consolidate-run";
import { useLayout } from "../styles";
import { t } from "../text";

export interface ConsolidateSettings {
  /** The consolidating unit, written in the summary's header for the level above. */
  unit: string;
  /** The parent body, the place of the date line and the report's day, for the printed header. */
  parent: string;
  place: string;
  reportDate: string;
  expectedText: string;
  /** "tên gửi => tên trong danh sách" lines the consolidator confirmed; kept for the next run. */
  aliasesText: string;
  /** The consolidation's year, or "" for the year most files state. */
  year: string;
  deadline: string;
  onDuplicate: "latest" | "error";
  acceptErrors: boolean;
}

export const DEFAULT_SETTINGS: ConsolidateSettings = { unit: "", parent: "", place: "", reportDate: "", expectedText: "", aliasesText: "", year: "", deadline: "", onDuplicate: "latest", acceptErrors: false };

export interface ConsolidateOptionsProps {
  value: ConsolidateSettings;
  disabled?: boolean;
  onChange(value: ConsolidateSettings): void;
}

/** Drawn again only when its own props change, not at every tick of a run's progress. */
export const ConsolidateOptions = memo(function ConsolidateOptions({ value, disabled, onChange }: ConsolidateOptionsProps) {
  const css = useLayout();
  const set = (patch: Partial<ConsolidateSettings>) => onChange({ ...value, ...patch });
  const expected = value.expectedText.trim() ? expectedFromText(value.expectedText).length : 0;
  const aliases = value.aliasesText.trim() ? aliasesFromText(value.aliasesText).aliases.length : 0;
  const badYear = value.year.trim() !== "" && yearOf(value.year) === undefined;
  return (
    <div className={css.stack}>
      <Field label={t("ui.consolidate.unit")} hint={t("ui.consolidate.unit.hint")}>
        <Input className={css.full} value={value.unit} disabled={disabled} onChange={(_, d) => set({ unit: d.value })} />
      </Field>
      <Field label={t("ui.consolidate.parent")} hint={t("ui.consolidate.parent.hint")}>
        <Input className={css.full} value={value.parent} disabled={disabled} onChange={(_, d) => set({ parent: d.value })} />
      </Field>
      <Field label={t("ui.consolidate.place")} hint={t("ui.consolidate.place.hint")}>
        <Input className={css.full} value={value.place} disabled={disabled} onChange={(_, d) => set({ place: d.value })} />
      </Field>
      <Field label={t("ui.consolidate.reportDate")} hint={t("ui.consolidate.reportDate.hint")}>
        <Input className={css.full} type="date" value={value.reportDate} disabled={disabled} onChange={(_, d) => set({ reportDate: d.value })} />
      </Field>
      <Field label={t("ui.consolidate.expected")} hint={expected > 0 ? t("ui.consolidate.expected.count", { count: expected }) : t("ui.consolidate.expected.hint")}>
        <Textarea className={css.full} resize="vertical" rows={4} value={value.expectedText} disabled={disabled} onChange={(_, d) => set({ expectedText: d.value })} />
      </Field>
      <Field label={t("ui.consolidate.aliases")} hint={aliases > 0 ? t("ui.consolidate.aliases.count", { count: aliases }) : t("ui.consolidate.aliases.hint")}>
        <Textarea className={css.full} resize="vertical" rows={2} value={value.aliasesText} disabled={disabled} onChange={(_, d) => set({ aliasesText: d.value })} />
      </Field>
      <Field label={t("ui.consolidate.year")} hint={t("ui.consolidate.year.hint")} validationMessage={badYear ? t("ui.consolidate.year.bad") : undefined}>
        <Input className={css.full} inputMode="numeric" value={value.year} disabled={disabled} onChange={(_, d) => set({ year: d.value })} />
      </Field>
      <Field label={t("ui.consolidate.deadline")} hint={t("ui.consolidate.deadline.hint")}>
        <Input className={css.full} type="date" value={value.deadline} disabled={disabled} onChange={(_, d) => set({ deadline: d.value })} />
      </Field>
      <Field label={t("ui.consolidate.duplicates")}>
        <RadioGroup value={value.onDuplicate} disabled={disabled} onChange={(_, d) => set({ onDuplicate: d.value === "error" ? "error" : "latest" })}>
          <Radio value="latest" label={t("ui.consolidate.duplicates.latest")} />
          <Radio value="error" label={t("ui.consolidate.duplicates.error")} />
        </RadioGroup>
      </Field>
      <Checkbox label={t("ui.consolidate.acceptErrors")} checked={value.acceptErrors} disabled={disabled} onChange={(_, d) => set({ acceptErrors: d.checked === true })} />
    </div>
  );
});
