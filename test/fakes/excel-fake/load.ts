/**
 * The argument of `load()`, in the one form the adapter uses: a comma list of property
 * names (`"name, visibility"`). On a collection the names are the items' (`"items/name"`,
 * or `"name"` as Office.js also accepts). Objects, arrays, `load()` without argument and
 * paths into navigation properties (`"format/fill"`) are not modelled: they throw
 * NotImplemented at the call, so a gap shows up as an error, never as a silent value.
 */
import { notImplemented } from "./errors";

export function parseLoad(option: unknown, className: string): string[] {
  if (typeof option !== "string") throw notImplemented(`${className}.load`, "The Excel fake's load takes a comma list of property names only.");
  return option
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

/** A collection's load: the item properties it asks for, `items/` dropped. */
export function itemProps(option: unknown, className: string): string[] {
  return parseLoad(option, className).map((p) => p.replace(/^items\//, ""));
}
