/** What the readers of XML parts see, whichever of the two parsers found it. */

/**
 * An element as it opens. Only valid during the `open` call that receives it: the fast
 * scanner hands out one object, refilled for every element.
 */
export interface XmlTag {
  /**
   * The name without its prefix (`x:sheetData` → `sheetData`): Strict and prefixed
   * writers are read by local name only.
   */
  readonly local: string;
  readonly selfClosing: boolean;
  /** The value, entities resolved and whitespace normalized as XML prescribes. */
  attr(name: string): string | undefined;
  /** The attribute names in document order, for the rare lookup by suffix (`r:id`). */
  attrNames(): string[];
}

export interface XmlHandlers {
  open(tag: XmlTag): void;
  close?(local: string): void;
  /** Text and CDATA alike. */
  text?(text: string): void;
}

export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}
