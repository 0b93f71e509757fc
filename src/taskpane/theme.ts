/**
 * The pane follows Office's theme: a dark body colour means Fluent's dark theme. The
 * colours come from the boot code (boot/theme.ts), so the UI never reaches for `Office`.
 */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** The part of `Office.context.officeTheme` the pane looks at. */
export interface OfficeThemeColours {
  bodyBackgroundColor?: string;
}

export function themeFor(colours?: OfficeThemeColours): Theme {
  return isDark(colours?.bodyBackgroundColor) ? webDarkTheme : webLightTheme;
}

/** "#262626" or "262626": dark when its relative luminance is below the midpoint. */
export function isDark(colour: string | undefined): boolean {
  const m = /^#?([0-9a-f]{6})$/i.exec(colour?.trim() ?? "");
  if (!m) return false;
  const n = parseInt(m[1]!, 16);
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(n >> 16) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
  return luminance < 0.18;
}
