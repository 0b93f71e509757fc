/** Renders the real App against test doubles, and the few queries the pane's tests share. */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App, type AppProps, type TabName } from "../../src/taskpane/App";
import { inlineChecker } from "../../src/taskpane/services/inline-checker";
import { TODAY } from "./forms";

export interface Downloaded {
  fileName: string;
  bytes: Uint8Array;
}

export function renderApp(props: Partial<AppProps> & { tab?: TabName } = {}) {
  const downloads: Downloaded[] = [];
  const user = userEvent.setup();
  const { tab, ...rest } = props;
  const utils = render(<App checker={inlineChecker()} today={TODAY} download={(fileName, bytes) => downloads.push({ fileName, bytes })} initialTab={tab} {...rest} />);
  return { ...utils, user, downloads };
}

/** The visible tab panel (the others stay mounted but hidden). */
export function visiblePanel(): HTMLElement {
  return screen.getByRole("tabpanel");
}
