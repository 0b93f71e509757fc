/**
 * The task pane's entry: find out whether Excel is there (at most 2 s), get the workbook
 * port for it, follow Office's theme, and render the app. Everything heavy loads later,
 * on first use.
 */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { defaultChecker, defaultConsolidator } from "./boot/checker";
import { detectHost, hostTimeout } from "./boot/host";
import { createPort } from "./boot/port";
import { officeThemeColours } from "./boot/theme";
import { localIsoDate } from "../core/numbers";
import { themeFor } from "./theme";

async function start(container: HTMLElement): Promise<void> {
  const host = await detectHost(hostTimeout(window.location));
  const port = await createPort(host).catch((e: unknown) => {
    // Without the adapter the pane still works on files; the console tells whoever supports it why.
    console.error(e);
    return undefined;
  });
  createRoot(container).render(<App port={port} checker={defaultChecker()} consolidator={defaultConsolidator()} today={localIsoDate(new Date())} theme={themeFor(officeThemeColours())} />);
}

const container = document.getElementById("root");
// Set by the inline script of index.html where this browser lacks what the pane needs: its message stays.
const unsupported = (window as { __htsdUnsupported?: boolean }).__htsdUnsupported === true;
if (container && !unsupported) void start(container);
