/** How a row or field is named inside a message: its label, cut short when it is long. */
const MAX = 60;

export function itemName(label: string): string {
  const t = label.replace(/\s+/g, " ").trim();
  return t.length <= MAX ? t : `${t.slice(0, MAX - 1).trimEnd()}…`;
}
