/** How far a long run has got, and the button that stops it. */
import { Button, Field, ProgressBar } from "@fluentui/react-components";
import type { Progress } from "../hooks/use-cancellable";
import { useLayout } from "../styles";
import { t } from "../text";

export interface ProgressPanelProps {
  progress?: Progress;
  /** Shown instead of the file count once the files are read (writing the result). */
  status?: string;
  onCancel(): void;
}

export function ProgressPanel({ progress, status, onCancel }: ProgressPanelProps) {
  const css = useLayout();
  const total = progress?.total ?? 0;
  const value = total > 0 ? progress!.done / total : undefined;
  const text = status ?? (total > 0 ? t("ui.progress.files", { done: progress!.done, total }) : undefined);
  return (
    <div className={css.tight}>
      <Field label={t("ui.progress.label")} hint={text}>
        <ProgressBar value={value} max={1} thickness="large" bar={{ className: css.instant }} />
      </Field>
      <div className={css.row}>
        <Button onClick={onCancel}>{t("ui.cancel")}</Button>
      </div>
    </div>
  );
}
