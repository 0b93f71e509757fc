/**
 * Layout shared by the panels. The pane is often 320 px wide: everything stacks, wraps
 * and shrinks; nothing may force a horizontal scroll (long file and unit names included).
 */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useLayout = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  tight: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: "center" },
  full: { width: "100%", maxWidth: "100%", boxSizing: "border-box", minWidth: 0 },
  text: { overflowWrap: "anywhere", minWidth: 0 },
  fieldset: { border: 0, margin: 0, padding: 0 },
  para: { margin: 0, overflowWrap: "anywhere" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  /**
   * A progress bar's steps drawn at once: each step animated (0.3 s, Fluent's default) kept the
   * pane laying out and painting every frame through the whole run, a quarter of its thread.
   */
  instant: { transitionDuration: "0s" },
  fileInput: { maxWidth: "100%", fontFamily: "inherit", fontSize: tokens.fontSizeBase300 },
});
