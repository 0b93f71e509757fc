/** How a row or field is named inside a message: its label, cut short when it is long. */
const MAX = 60;

/** Only the forms' own labels are named: a few hundred, asked for again with every file. */
const names = new Map<string, string>();

export function itemName(label: string): string {
  let name = names.get(label);
  if (name === undefined) {
    const t = label.replace(/\s+/g, " ").trim();
    name = t.length <= MAX ? t : `${t.slice(0, MAX - 1).trimEnd()}…`;
    names.set(label, name);
  }
  return name;
}
