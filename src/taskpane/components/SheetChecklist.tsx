/** The open workbook's sheets as checkboxes: which of them hold reports to consolidate. */
import { Checkbox } from "@fluentui/react-components";
import { useLayout } from "../styles";
import { t } from "../text";

export interface SheetChecklistProps {
  names: readonly string[];
  chosen: ReadonlySet<string>;
  disabled?: boolean;
  onChange(chosen: Set<string>): void;
}

export function SheetChecklist({ names, chosen, disabled, onChange }: SheetChecklistProps) {
  const css = useLayout();
  const toggle = (name: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(name);
    else next.delete(name);
    onChange(next);
  };
  return (
    <fieldset className={`${css.tight} ${css.fieldset}`}>
      <legend className={css.subheading}>{t("ui.consolidate.sheets")}</legend>
      {names.length === 0 && <p className={css.para}>{t("ui.consolidate.sheets.none")}</p>}
      {names.map((name) => (
        <Checkbox key={name} className={css.text} label={name} checked={chosen.has(name)} disabled={disabled} onChange={(_, d) => toggle(name, d.checked === true)} />
      ))}
    </fieldset>
  );
}
