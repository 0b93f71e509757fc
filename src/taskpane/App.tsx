/**
 * The task pane: three tabs (Chèn mẫu, Kiểm tra, Tổng hợp) over one workbook port. Every
 * dependency comes in as a prop (the port, the checker, today's date, the download, the
 * theme), so tests and the e2e pages run the real UI against fakes.
 */
import { FluentProvider, Tab, TabList, makeStyles, tokens, webLightTheme, type Theme } from "@fluentui/react-components";
import { useId, useState, type ReactNode } from "react";
import type { WorkbookPort } from "../excel/port";
import { CheckPanel } from "./components/CheckPanel";
import { ConsolidatePanel } from "./components/ConsolidatePanel";
import { FileCheckPanel } from "./components/FileCheckPanel";
import { InsertPanel } from "./components/InsertPanel";
import { Notice } from "./components/Notice";
import type { Checker } from "./services/checker";
import type { Consolidator } from "./services/consolidator";
import { browserDownload, type Download } from "./services/download";
import { useLayout } from "./styles";
import { t } from "./text";

export type TabName = "insert" | "check" | "consolidate";

export interface AppProps {
  /** The open workbook; absent when the pane runs without Excel (files in, files out). */
  port?: WorkbookPort;
  checker: Checker;
  /** Where a consolidation runs (workers, in the real pane); on the main thread with `checker` when absent. */
  consolidator?: Consolidator;
  /** ISO date (yyyy-mm-dd) of today: the default year, and the date checks and the log go by. */
  today: string;
  /** How a file reaches the user; by default a browser download. */
  download?: Download;
  /** Fluent theme, from Office's (see theme.ts); light by default. */
  theme?: Theme;
  initialTab?: TabName;
}

const useStyles = makeStyles({
  root: { minHeight: "100vh", boxSizing: "border-box", overflowX: "hidden" },
  main: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalXXL,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    minWidth: 0,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  tabs: { flexWrap: "wrap", marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})` },
});

const TABS: { name: TabName; label: "ui.tab.insert" | "ui.tab.check" | "ui.tab.consolidate" }[] = [
  { name: "insert", label: "ui.tab.insert" },
  { name: "check", label: "ui.tab.check" },
  { name: "consolidate", label: "ui.tab.consolidate" },
];

export function App({ port, checker, consolidator, today, download = browserDownload, theme = webLightTheme, initialTab = "insert" }: AppProps) {
  const s = useStyles();
  const css = useLayout();
  const ids = useId();
  const [tab, setTab] = useState<TabName>(initialTab);
  const tabId = (name: TabName) => `${ids}-tab-${name}`;
  const panelId = (name: TabName) => `${ids}-panel-${name}`;
  const panel = (name: TabName, content: ReactNode) => (
    // Hidden, not unmounted: a consolidation keeps running, and a form keeps its input, while another tab is shown.
    // The layout class sits inside: a `display` on the panel itself would override `hidden`.
    <div role="tabpanel" id={panelId(name)} aria-labelledby={tabId(name)} hidden={tab !== name}>
      <div className={css.stack}>{content}</div>
    </div>
  );
  return (
    <FluentProvider theme={theme} className={s.root}>
      <main className={s.main}>
        <h1 className={s.title}>{t("ui.app.title")}</h1>
        {!port && <Notice notice={{ intent: "info", text: t("ui.app.standalone") }} />}
        <TabList className={s.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabName)} aria-label={t("ui.tabs.label")}>
          {TABS.map(({ name, label }) => (
            <Tab key={name} id={tabId(name)} value={name} aria-controls={panelId(name)}>
              {t(label)}
            </Tab>
          ))}
        </TabList>
        {panel("insert", <InsertPanel port={port} today={today} download={download} />)}
        {panel("check", port ? <CheckPanel port={port} today={today} visible={tab === "check"} /> : <FileCheckPanel checker={checker} today={today} />)}
        {panel("consolidate", <ConsolidatePanel port={port} checker={checker} consolidator={consolidator} today={today} download={download} visible={tab === "consolidate"} />)}
      </main>
    </FluentProvider>
  );
}
