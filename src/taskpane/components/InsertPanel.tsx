/**
 * Chèn mẫu: the form, its year, the unit and its parent body; then a new sheet beside the
 * active one (never over an existing sheet), or a file to download where Excel cannot
 * insert sheets or there is no Excel at all.
 */
import { Button, Field, Input, Radio, RadioGroup, Spinner } from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import { FORM_IDS, isFormId, type FormId } from "../../core/forms/ids";
import { FACES } from "../../core/kinds/faces";
import type { WorkbookPort } from "../../excel/port";
import type { Download } from "../services/download";
import { insertForm } from "../services/insert-form";
import { useLayout } from "../styles";
import { failure, t } from "../text";
import { Notice, type NoticeValue } from "./Notice";

/** The forms offered, in the order shown. A Record, so a form the core gains without a label fails to compile. */

export interface InsertPanelProps {
  port?: WorkbookPort;
  today: string;
  download: Download;
}

export function InsertPanel({ port, today, download }: InsertPanelProps) {
  const css = useLayout();
  const [form, setForm] = useState<FormId>(FORM_IDS[0]);
  const [year, setYear] = useState(today.slice(0, 4));
  const [unit, setUnit] = useState("");
  const [parent, setParent] = useState("");
  const [yearError, setYearError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeValue>();
  const canInsert = port?.canInsertSheets() ?? false;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    // The button stays focusable while busy (see below), so a second Enter must be ignored here.
    if (busy) return;
    setBusy(true);
    setNotice(undefined);
    setYearError(undefined);
    try {
      const out = await insertForm({ form, year: Number(year.trim()), unit, parent }, port, download);
      if (out.kind === "badYear") setYearError(t("ui.insert.year.invalid", { min: out.min, max: out.max }));
      else if (out.kind === "inserted") setNotice({ intent: "success", text: t("ui.insert.done", { sheet: out.sheet }) });
      else if (out.cannotInsert && canInsert) setNotice({ intent: "warning", text: t("ui.insert.downloadedInstead", { file: out.file }) });
      else setNotice({ intent: "success", text: t("ui.insert.downloaded", { file: out.file }) });
    } catch (err) {
      setNotice({ intent: "error", text: failure(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className={css.stack} onSubmit={(e) => void submit(e)} noValidate>
      {port && !canInsert && <Notice notice={{ intent: "warning", text: t("ui.insert.cannotInsert") }} />}
      <Field label={t("ui.insert.form")}>
        <RadioGroup value={form} onChange={(_, d) => isFormId(d.value) && setForm(d.value)}>
          {FORM_IDS.map((id) => (
            <Radio key={id} value={id} label={t(FACES[id].labels.short)} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t("ui.insert.year")} validationMessage={yearError} validationState={yearError ? "error" : "none"}>
        <Input className={css.full} type="number" inputMode="numeric" value={year} onChange={(_, d) => setYear(d.value)} />
      </Field>
      <Field label={t("ui.insert.unit")} hint={t("ui.insert.optional")}>
        <Input className={css.full} value={unit} onChange={(_, d) => setUnit(d.value)} />
      </Field>
      <Field label={t("ui.insert.parent")}>
        <Input className={css.full} value={parent} onChange={(_, d) => setParent(d.value)} />
      </Field>
      <div className={css.row}>
        <Button type="submit" appearance="primary" disabledFocusable={busy}>
          {canInsert ? t("ui.insert.button") : t("ui.insert.download")}
        </Button>
        {busy && <Spinner size="tiny" label={t("ui.insert.working")} />}
      </div>
      <Notice notice={notice} />
    </form>
  );
}
