/**
 * Choosing .xlsx files with a button that speaks Vietnamese (the browser's own file input
 * labels itself in the browser's language). The real input stays in the page, visually
 * hidden and out of the tab order, so the button is the one stop for keyboard users and
 * the label still names the input for assistive technology and tests.
 */
import { Button, Label, makeStyles, tokens } from "@fluentui/react-components";
import { memo, useId, useRef } from "react";
import { useLayout } from "../styles";
import { t } from "../text";

const useStyles = makeStyles({
  hiddenInput: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
});

export interface FilePickerProps {
  label: string;
  /** How many files are chosen; undefined before any choice. */
  count?: number;
  hint?: string;
  disabled?: boolean;
  onFiles(files: File[]): void;
}

/** Drawn again only when its own props change, not at every tick of a run's progress. */
export const FilePicker = memo(function FilePicker({ label, count, hint, disabled, onFiles }: FilePickerProps) {
  const css = useLayout();
  const s = useStyles();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const ids = { label: `${id}-label`, input: `${id}-input`, button: `${id}-button`, status: `${id}-status`, hint: `${id}-hint` };
  return (
    <div className={css.tight}>
      <Label id={ids.label} htmlFor={ids.input}>
        {label}
      </Label>
      <input
        ref={input}
        id={ids.input}
        className={s.hiddenInput}
        type="file"
        multiple
        accept=".xlsx,.xls,.ods,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,application/vnd.oasis.opendocument.spreadsheet"
        tabIndex={-1}
        aria-hidden
        disabled={disabled}
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          // Cleared so that choosing the same files again (after fixing them) is a new choice.
          e.currentTarget.value = "";
          onFiles(files);
        }}
      />
      <div className={css.row}>
        <Button id={ids.button} aria-labelledby={`${ids.label} ${ids.button}`} aria-describedby={`${ids.status}${hint ? ` ${ids.hint}` : ""}`} disabledFocusable={disabled} onClick={() => input.current?.click()}>
          {t("ui.files.choose")}
        </Button>
        <span id={ids.status} className={css.text}>
          {count === undefined || count === 0 ? t("ui.files.none") : t("ui.files.count", { count })}
        </span>
      </div>
      {hint && (
        <span id={ids.hint} className={s.hint}>
          {hint}
        </span>
      )}
    </div>
  );
});
