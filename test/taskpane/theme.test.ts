/** The pane follows Office's theme from its body background colour; the boot module reads it without ever throwing. */
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { officeThemeColours } from "../../src/taskpane/boot/theme";
import { localIsoDate } from "../../src/core/numbers";
import { isDark, themeFor } from "../../src/taskpane/theme";

test("dark Office themes (Black, Dark Gray) give Fluent's dark theme; White, Colorful and none give light", () => {
  expect(themeFor({ bodyBackgroundColor: "#262626" })).toBe(webDarkTheme);
  expect(themeFor({ bodyBackgroundColor: "444444" })).toBe(webDarkTheme);
  expect(themeFor({ bodyBackgroundColor: "#FFFFFF" })).toBe(webLightTheme);
  expect(themeFor({ bodyBackgroundColor: "#E6E6E6" })).toBe(webLightTheme);
  expect(themeFor(undefined)).toBe(webLightTheme);
  expect(isDark("not a colour")).toBe(false);
});

test("the Office theme is read where office.js puts it, and its absence or a throwing getter is no theme", () => {
  expect(officeThemeColours({ Office: { context: { officeTheme: { bodyBackgroundColor: "#1f1f1f" } } } })).toEqual({ bodyBackgroundColor: "#1f1f1f" });
  expect(officeThemeColours({})).toBeUndefined();
  const throwing = {
    Office: {
      context: Object.defineProperty({}, "officeTheme", {
        get() {
          throw new Error("not supported");
        },
      }),
    },
  };
  expect(officeThemeColours(throwing)).toBeUndefined();
});

test("today is the local calendar day", () => {
  expect(localIsoDate(new Date(2025, 9, 6, 23, 59))).toBe("2025-10-06");
  expect(localIsoDate(new Date(2025, 0, 1, 0, 0))).toBe("2025-01-01");
});
