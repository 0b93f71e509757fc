/** A one-line outcome of the last action (done, nothing to do, failed), announced to screen readers. */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";

export interface NoticeValue {
  intent: "success" | "info" | "warning" | "error";
  text: string;
}

export function Notice({ notice }: { notice?: NoticeValue }) {
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} politeness={notice.intent === "error" ? "assertive" : "polite"}>
      <MessageBarBody>{notice.text}</MessageBarBody>
    </MessageBar>
  );
}
