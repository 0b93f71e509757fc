/**
 * Tổng hợp: received files and/or sheets of the open workbook, consolidated with the chosen
 * settings. Progress moves per file and Cancel stops the run before anything is written;
 * the result card follows, and the Tổng hợp / Chi tiết / Nhật ký sheets land in the
 * workbook (asking before any existing sheet is overwritten) or in a downloaded file.
 */
import { Button, useRestoreFocusTarget } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { WorkbookPort } from "../../excel/port";
import { useCancellable, type Progress } from "../hooks/use-cancellable";
import { useQuestion } from "../hooks/use-question";
import { useSheets } from "../hooks/use-sheets";
import { fileToCheck, type Checker } from "../services/checker";
import { runConsolidation, type ConsolidateOutcome } from "../services/consolidate-run";
import type { Consolidator, Phase } from "../services/consolidator";
import { inlineConsolidator } from "../services/inline-consolidator";
import type { Download } from "../services/download";
import type { OverwriteChoice, Placement } from "../services/place-summary";
import { useLayout } from "../styles";
import { t } from "../text";
import { ConsolidateOptions, DEFAULT_SETTINGS, type ConsolidateSettings } from "./ConsolidateOptions";
import { recall, remember } from "../services/remembered";
import { FilePicker } from "./FilePicker";
import { Notice, type NoticeValue } from "./Notice";
import { OverwriteDialog } from "./OverwriteDialog";
import { ProgressPanel } from "./ProgressPanel";
import { ResultCard } from "./ResultCard";
import { SheetChecklist } from "./SheetChecklist";
import { statAhead } from "../services/stat-ahead";

export interface ConsolidatePanelProps {
  port?: WorkbookPort;
  checker: Checker;
  /** Where the consolidation runs; by default on this thread, with `checker`. */
  consolidator?: Consolidator;
  today: string;
  download: Download;
  visible: boolean;
}

/** The confirmed aliases outlive the pane: the next consolidation reuses them. */
const ALIASES_KEY = "consolidate.aliases";

export function ConsolidatePanel({ port, checker, consolidator, today, download, visible }: ConsolidatePanelProps) {
  const css = useLayout();
  const runner = useMemo(() => consolidator ?? inlineConsolidator(checker), [consolidator, checker]);
  const sheets = useSheets(port, visible);
  const [files, setFiles] = useState<File[]>([]);
  const [chosenSheets, setChosenSheets] = useState<Set<string>>(new Set());
  const [settings, setSettings] = useState<ConsolidateSettings>(() => ({ ...DEFAULT_SETTINGS, aliasesText: recall(ALIASES_KEY) }));
  // Stable, as `choose` below: the options and the picker are then not drawn again at every tick of a run.
  const remembered = useRef(settings.aliasesText);
  const changeSettings = useCallback((next: ConsolidateSettings) => {
    if (next.aliasesText !== remembered.current) remember(ALIASES_KEY, (remembered.current = next.aliasesText));
    setSettings(next);
  }, []);
  const [missingInput, setMissingInput] = useState(false);
  const task = useCancellable<ConsolidateOutcome>();
  const overwrite = useQuestion<string[], OverwriteChoice>();
  // The overwrite dialog has no trigger of its own: when it closes, focus goes back to this button.
  const restoreFocus = useRestoreFocusTarget();

  const names = sheets.list?.names ?? [];
  const sheetList = names.filter((n) => chosenSheets.has(n));

  // Opening the tab starts the workers: they load and compile their code while the user
  // chooses the files (a dialog of some seconds), not after the click.
  useEffect(() => {
    if (visible) runner.prepare?.();
  }, [visible, runner]);
  const stopStat = useRef<() => void>();
  useEffect(() => () => stopStat.current?.(), []);
  const choose = useCallback(
    (chosen: File[]) => {
      setFiles(chosen);
      // The workers load (if the tab's opening has not started them), and the files are looked up, while the user looks at the options.
      if (chosen.length > 0) runner.prepare?.(chosen.length);
      stopStat.current?.();
      stopStat.current = statAhead(chosen);
    },
    [runner],
  );

  const run = () => {
    if (files.length === 0 && sheetList.length === 0) {
      setMissingInput(true);
      return;
    }
    setMissingInput(false);
    const request = { files: files.map(fileToCheck), sheets: sheetList, ...settings };
    void task.start((signal, onProgress) => runConsolidation(request, { port, consolidator: runner, today, download, askOverwrite: overwrite.ask }, signal, (phase, done, total) => onProgress(done, total, phase))).then(sheets.reload);
  };

  const end = task.end;
  return (
    <div className={css.stack}>
      <FilePicker label={t("ui.consolidate.files")} count={files.length} disabled={task.running} onFiles={choose} />
      {port && sheets.list && <SheetChecklist names={names} chosen={chosenSheets} disabled={task.running} onChange={setChosenSheets} />}
      {sheets.error && <Notice notice={{ intent: "error", text: sheets.error }} />}
      <ConsolidateOptions value={settings} disabled={task.running} onChange={changeSettings} />
      <div className={css.row}>
        <Button {...restoreFocus} appearance="primary" disabledFocusable={task.running} onClick={run}>
          {t("ui.consolidate.run")}
        </Button>
      </div>
      {missingInput && <Notice notice={{ intent: "warning", text: t("ui.consolidate.nothingChosen") }} />}
      {task.running && <ProgressPanel progress={task.progress} status={statusOf(task.progress)} onCancel={task.cancel} />}
      {end?.kind === "cancelled" && <Notice notice={{ intent: "info", text: t("ui.consolidate.cancelled") }} />}
      {end?.kind === "failed" && <Notice notice={{ intent: "error", text: end.message }} />}
      {end?.kind === "done" && <Notice notice={placementNotice(end.value.placement)} />}
      {end?.kind === "done" && <ResultCard result={end.value.result} />}
      <OverwriteDialog existing={overwrite.pending} onAnswer={overwrite.answer} />
    </div>
  );
}

/** The phase in words; files read are counted by the panel itself. */
function statusOf(p: Progress | undefined): string | undefined {
  switch (p?.phase as Phase | undefined) {
    case "sheets":
      return t("ui.progress.sheets", { done: p!.done, total: p!.total });
    case "consolidating":
      return t("ui.progress.consolidating");
    case "rendering":
      return t("ui.consolidate.writing");
    default:
      return undefined;
  }
}

function placementNotice(p: Placement | undefined): NoticeValue {
  if (!p) return { intent: "warning", text: t("ui.consolidate.nothing") };
  if (p.kind === "notWritten") return { intent: "info", text: t("ui.consolidate.notWritten") };
  if (p.kind === "downloaded") {
    return p.cannotInsert ? { intent: "warning", text: t("ui.consolidate.cannotInsert", { file: p.file }) } : { intent: "success", text: t("ui.consolidate.downloaded", { file: p.file }) };
  }
  // Every sheet inserted, the consolidator's own report included where there is one.
  const sheets = [p.names.summary, p.names.detail, ...(p.names.report !== undefined ? [p.names.report] : []), p.names.log].map((n) => `“${n}”`).join(", ");
  return { intent: "success", text: t(p.replaced.length > 0 ? "ui.consolidate.replaced" : "ui.consolidate.inserted", { sheets }) };
}
