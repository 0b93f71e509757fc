/** The one module of the pane that reads Office's theme colours (absent outside Office, or in hosts without themes). */
import type { OfficeThemeColours } from "../theme";

interface OfficeScope {
  Office?: { context?: { officeTheme?: OfficeThemeColours } };
}

export function officeThemeColours(scope: OfficeScope = globalThis as OfficeScope): OfficeThemeColours | undefined {
  try {
    return scope.Office?.context?.officeTheme ?? undefined;
  } catch {
    // Some hosts throw when the theme is read before Office is ready or is not supported.
    return undefined;
  }
}
