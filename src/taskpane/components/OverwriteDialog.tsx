/**
 * Asked before the summary's sheets would land on existing ones: overwrite them, or give
 * the new ones free names. Closing the dialog (Escape) writes nothing.
 */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import type { OverwriteChoice } from "../services/place-summary";
import { t } from "../text";

export interface OverwriteDialogProps {
  /** The existing sheets in the way; the dialog is open while set. */
  existing?: string[];
  onAnswer(choice: OverwriteChoice): void;
}

export function OverwriteDialog({ existing, onAnswer }: OverwriteDialogProps) {
  const names = (existing ?? []).map((name) => t("ui.overwrite.name", { name })).join(", ");
  return (
    <Dialog open={existing !== undefined} modalType="alert" onOpenChange={(_, d) => !d.open && onAnswer("cancel")}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("ui.overwrite.title")}</DialogTitle>
          <DialogContent>{t("ui.overwrite.text", { names })}</DialogContent>
          <DialogActions fluid>
            <Button appearance="primary" onClick={() => onAnswer("rename")}>
              {t("ui.overwrite.rename")}
            </Button>
            <Button onClick={() => onAnswer("overwrite")}>{t("ui.overwrite.overwrite")}</Button>
            <Button onClick={() => onAnswer("cancel")}>{t("ui.overwrite.cancel")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
