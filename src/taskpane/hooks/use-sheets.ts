/**
 * The open workbook's sheets, listed each time the panel becomes visible (the user may
 * have added, renamed or switched sheets in Excel meanwhile) and on `reload`.
 */
import { useCallback, useEffect, useState } from "react";
import type { SheetList, WorkbookPort } from "../../excel/port";
import { failure } from "../text";

export interface SheetsState {
  list?: SheetList;
  error?: string;
  reload(): void;
}

export function useSheets(port: WorkbookPort | undefined, visible: boolean): SheetsState {
  const [state, setState] = useState<{ list?: SheetList; error?: string }>({});
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    if (!visible || !port) return;
    // A late answer for a panel since hidden, or superseded by a newer listing, is dropped.
    let current = true;
    port.listSheets().then(
      (list) => current && setState({ list }),
      (e: unknown) => current && setState({ error: failure(e) }),
    );
    return () => {
      current = false;
    };
  }, [port, visible, asked]);
  const reload = useCallback(() => setAsked((n) => n + 1), []);
  return { ...state, reload };
}
