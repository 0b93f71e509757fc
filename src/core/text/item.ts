/** How a row or field is named inside a message: its label, cut short when it is long. */
import { boundedMemo } from "../memo";

const MAX = 60;

/** The forms' own labels are a few hundred, asked for again with every file: remembered, within bounds. */
export const itemName = boundedMemo(
  (label) => {
    const t = label.replace(/\s+/g, " ").trim();
    return t.length <= MAX ? t : `${t.slice(0, MAX - 1).trimEnd()}…`;
  },
  1024,
  4096,
);
