/**
 * Kiểm tra, without Excel: choose one or more .xlsx files; each is read and checked (off
 * the UI thread) and its problems listed with their cell addresses.
 */
import { useState } from "react";
import type { CheckedFile } from "../../core/check";
import { useCancellable } from "../hooks/use-cancellable";
import { fileToCheck, type Checker } from "../services/checker";
import { useLayout } from "../styles";
import { t } from "../text";
import { CheckResult } from "./CheckResult";
import { FilePicker } from "./FilePicker";
import { Notice } from "./Notice";
import { ProgressPanel } from "./ProgressPanel";

export interface FileCheckPanelProps {
  checker: Checker;
  today: string;
}

export function FileCheckPanel({ checker, today }: FileCheckPanelProps) {
  const css = useLayout();
  const task = useCancellable<CheckedFile[]>();
  const [names, setNames] = useState<string[]>([]);

  const onFiles = (files: File[]) => {
    if (files.length === 0) return;
    setNames(files.map((f) => f.name));
    void task.start((signal, onProgress) => checker.checkFiles(files.map(fileToCheck), onProgress, signal, { today }));
  };

  const end = task.end;
  return (
    <div className={css.stack}>
      <FilePicker label={t("ui.check.files")} count={names.length} hint={t("ui.check.files.hint")} disabled={task.running} onFiles={onFiles} />
      {task.running && <ProgressPanel progress={task.progress} onCancel={task.cancel} />}
      {end?.kind === "cancelled" && <Notice notice={{ intent: "info", text: t("ui.check.cancelled") }} />}
      {end?.kind === "failed" && <Notice notice={{ intent: "error", text: end.message }} />}
      {end?.kind === "done" && end.value.map((checked, i) => <CheckResult key={i} name={names[i] ?? checked.file} checked={checked} showSheet />)}
    </div>
  );
}
