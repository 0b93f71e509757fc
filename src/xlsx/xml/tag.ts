/** What the readers of XML parts see, whichever of the two parsers found it. */

/**
 * An element as it opens. Only valid during the `open` call that receives it: the fast
 * scanner hands out one object, refilled for every element.
 */
export interface XmlTag {
  /**
   * The name without its prefix (`x:sheetData` → `sheetData`). The part readers match
   * local names only because the namespace filter (namespaces.ts) hands them nothing
   * but their own vocabulary's elements, Transitional or Strict, under any prefix.
   */
  readonly local: string;
  /** The prefix of the qualified name, "" for none: whoever resolves namespaces needs it. */
  readonly prefix: string;
  readonly selfClosing: boolean;
  /**
   * True when some attribute is prefixed or declares a namespace: only then need anyone
   * look at the names of its attributes for namespaces (a cell never has such).
   */
  readonly special: boolean;
  /** True when some attribute declares a namespace (`xmlns`, `xmlns:…`). */
  readonly declares: boolean;
  /** Whether some attribute's name is `prefix:…`: asked without making the names. */
  hasPrefixed(prefix: string): boolean;
  /** The value, entities resolved and whitespace normalized as XML prescribes. */
  attr(name: string): string | undefined;
  /** The attribute names (qualified) in document order, for the rare lookup by namespace. */
  attrNames(): string[];
}

/**
 * A handler returns true to stop reading the document there: every sheet stops at the end
 * of its cells, and that common stop needs no exception unwound through the parser.
 */
export type Stop = boolean | void;

export interface XmlHandlers {
  open(tag: XmlTag): Stop;
  close?(local: string): Stop;
  /** Text and CDATA alike. */
  text?(text: string): void;
}

export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

export function prefixOf(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? "" : name.slice(0, colon);
}
