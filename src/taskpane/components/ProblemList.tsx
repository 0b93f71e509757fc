/**
 * A checked file's problems, errors first, then warnings, then notes. In Excel each one
 * is a button that selects its cell, and a certain fix gets a "Sửa" button beside it;
 * for a file (standalone) the cell address is shown as text.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Fix } from "../../core/check";
import { describe, type Problem, type Severity } from "../../core/problems";
import { useLayout } from "../styles";
import { t } from "../text";

const GROUPS: { severity: Severity; heading: "ui.check.group.error" | "ui.check.group.warning" | "ui.check.group.info" }[] = [
  { severity: "error", heading: "ui.check.group.error" },
  { severity: "warning", heading: "ui.check.group.warning" },
  { severity: "info", heading: "ui.check.group.info" },
];

const useStyles = makeStyles({
  item: { display: "flex", alignItems: "flex-start", columnGap: tokens.spacingHorizontalXS, minWidth: 0 },
  body: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXXS,
    flexGrow: 1,
    minWidth: 0,
    maxWidth: "100%",
    height: "auto",
    textAlign: "left",
    whiteSpace: "normal",
    overflowWrap: "anywhere",
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
  },
  where: { fontWeight: tokens.fontWeightSemibold },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground2 },
  fix: { flexShrink: 0 },
});

export interface ProblemListProps {
  problems: readonly Problem[];
  fixes?: readonly Fix[];
  /** The sheet a problem without its own sheet belongs to. */
  sheet?: string;
  /** Name the sheet of each problem (a file may hold several). */
  showSheet?: boolean;
  onSelect?(sheet: string, cell: string): void;
  onFix?(fix: Fix): void;
  disabled?: boolean;
}

export function ProblemList({ problems, fixes = [], sheet, showSheet, onSelect, onFix, disabled }: ProblemListProps) {
  const css = useLayout();
  const s = useStyles();
  const fixFor = (p: Problem) => fixes.find((f) => f.cell === p.where.cell && f.sheet === (p.where.sheet ?? sheet));
  return (
    <div className={css.stack}>
      {GROUPS.map(({ severity, heading }) => {
        const group = problems.filter((p) => p.severity === severity);
        if (group.length === 0) return null;
        return (
          <section key={severity} className={css.tight}>
            <h3 className={`${css.subheading} ${s[severity]}`}>{t(heading, { count: group.length })}</h3>
            <ul className={css.list}>
              {group.map((p, i) => {
                const at = p.where.sheet ?? sheet;
                const fix = onFix ? fixFor(p) : undefined;
                const place = where(p, showSheet);
                const content = (
                  <>
                    {place && <span className={s.where}>{place}</span>}
                    <span>{describe(p)}</span>
                  </>
                );
                return (
                  <li key={i} className={s.item}>
                    {onSelect && p.where.cell && at ? (
                      <Button appearance="subtle" className={s.body} disabledFocusable={disabled} title={t("ui.check.goTo", { cell: p.where.cell })} onClick={() => onSelect(at, p.where.cell!)}>
                        {content}
                      </Button>
                    ) : (
                      <div className={`${s.body} ${css.text}`}>{content}</div>
                    )}
                    {fix && (
                      <Button size="small" className={s.fix} disabledFocusable={disabled} aria-label={t("ui.check.fix.label", { cell: fix.cell, value: fix.value })} onClick={() => onFix!(fix)}>
                        {t("ui.check.fix")}
                      </Button>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function where(p: Problem, showSheet: boolean | undefined): string {
  const parts: string[] = [];
  if (p.where.cell) parts.push(t("ui.check.where.cell", { cell: p.where.cell }));
  if (p.where.rowCode) parts.push(t("ui.check.where.row", { rowCode: p.where.rowCode }));
  if (showSheet && p.where.sheet) parts.push(t("ui.check.where.sheet", { sheet: p.where.sheet }));
  return parts.join(" · ");
}
