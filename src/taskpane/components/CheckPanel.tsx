/**
 * Kiểm tra, in Excel: check a sheet of the open workbook (the active one unless another is
 * chosen), jump to each problem's cell, and write the certain fixes, one or all at once.
 */
import { Button, Field, Select, Spinner } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { CheckedFile, Fix } from "../../core/check";
import type { WorkbookPort } from "../../excel/port";
import { useSheets } from "../hooks/use-sheets";
import { checkSheet } from "../services/check-sheet";
import { useLayout } from "../styles";
import { failure, t } from "../text";
import { CheckResult } from "./CheckResult";
import { Notice, type NoticeValue } from "./Notice";

export interface CheckPanelProps {
  port: WorkbookPort;
  today: string;
  visible: boolean;
}

export function CheckPanel({ port, today, visible }: CheckPanelProps) {
  const css = useLayout();
  const sheets = useSheets(port, visible);
  const [chosen, setChosen] = useState<string>();
  const [result, setResult] = useState<{ sheet: string; checked: CheckedFile }>();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeValue>();
  const heading = useRef<HTMLHeadingElement>(null);

  const names = sheets.list?.names ?? [];
  // Until the user picks one, the sheet to check is whichever is active in Excel.
  const sheet = chosen !== undefined && names.includes(chosen) ? chosen : sheets.list?.active;

  /** Runs one user action: busy while it lasts, its outcome (or failure) as the notice. */
  const run = async (work: () => Promise<NoticeValue | undefined>, focusResult = false) => {
    setBusy(true);
    setNotice(undefined);
    try {
      setNotice(await work());
      if (focusResult) requestAnimationFrame(() => heading.current?.focus());
    } catch (e) {
      setNotice({ intent: "error", text: failure(e) });
    } finally {
      setBusy(false);
    }
  };

  const check = async (name: string): Promise<undefined> => {
    setResult({ sheet: name, checked: await checkSheet(port, name, today) });
    return undefined;
  };

  const select = async (at: string, cell: string): Promise<undefined> => {
    await port.selectCell(at, cell);
    return undefined;
  };

  const fix = (fixes: readonly Fix[]) =>
    run(async () => {
      await port.applyFixes(fixes);
      await check(result!.sheet);
      return { intent: "success", text: t("ui.check.fixed", { count: fixes.length }) };
    }, true);

  return (
    <div className={css.stack}>
      {sheets.error && <Notice notice={{ intent: "error", text: sheets.error }} />}
      {!sheets.list && !sheets.error ? (
        <Spinner size="tiny" label={t("ui.check.loadingSheets")} />
      ) : (
        <Field label={t("ui.check.sheet")}>
          <Select className={css.full} value={sheet ?? ""} onChange={(_, d) => setChosen(d.value)} disabled={busy}>
            {names.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <div className={css.row}>
        <Button appearance="primary" disabled={!sheet} disabledFocusable={busy} onClick={() => sheet && void run(() => check(sheet), true)}>
          {t("ui.check.run")}
        </Button>
        {result && (
          <Button disabledFocusable={busy} onClick={() => void run(() => check(result.sheet), true)}>
            {t("ui.check.rerun")}
          </Button>
        )}
        {result && result.checked.fixes.length > 0 && (
          <Button disabledFocusable={busy} onClick={() => void fix(result.checked.fixes)}>
            {t("ui.check.fixAll", { count: result.checked.fixes.length })}
          </Button>
        )}
      </div>
      {busy && <Spinner size="tiny" label={t("ui.check.working")} />}
      <Notice notice={notice} />
      {result && (
        <CheckResult
          ref={heading}
          name={result.sheet}
          checked={result.checked}
          disabled={busy}
          onSelect={(at, cell) => void run(() => select(at, cell))}
          onFix={(f) => void fix([f])}
        />
      )}
    </div>
  );
}
