/**
 * A setting the next consolidation should find again (the confirmed aliases): kept in the
 * browser's storage for this add-in. Storage may be refused (private mode, a locked-down
 * Office): then the setting simply lasts as long as the pane.
 */
const PREFIX = "htsd.";

export function recall(key: string): string {
  try {
    return globalThis.localStorage?.getItem(PREFIX + key) ?? "";
  } catch {
    return "";
  }
}

export function remember(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(PREFIX + key, value);
  } catch {
    // Not kept: see above.
  }
}
