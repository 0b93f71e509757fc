/**
 * Parsing a part's XML: the plain scanner first, saxes for everything it leaves. Both
 * feed one sink, which bounds the nesting and, when saxes takes over, skips the events
 * the scanner already delivered, so the handlers see each event once.
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { SCANNED, STOPPED, scanPlainXml } from "./plain-scanner";
import { localName, prefixOf, type XmlHandlers, type XmlTag } from "./tag";
import { STOP } from "../reader/failure";

export type XmlFault = "doctype" | "malformed" | "too-deep" | "too-many-attributes";

export interface XmlOptions {
  maxDepth: number;
  /** Attributes on one element; SpreadsheetML's have a few dozen at most. */
  maxAttributes: number;
  /** Must throw: parsing stops at the first fault. */
  fault(kind: XmlFault): never;
}

export class SaxesTag implements XmlTag {
  constructor(private readonly tag: SaxesTagPlain) {}

  get local(): string {
    return localName(this.tag.name);
  }

  get prefix(): string {
    return prefixOf(this.tag.name);
  }

  get special(): boolean {
    for (const name in this.tag.attributes) if (name.includes(":") || name === "xmlns") return true;
    return false;
  }

  get declares(): boolean {
    for (const name in this.tag.attributes) if (name === "xmlns" || name.startsWith("xmlns:")) return true;
    return false;
  }

  hasPrefixed(prefix: string): boolean {
    for (const name in this.tag.attributes) if (name.length > prefix.length && name.startsWith(prefix) && name.charCodeAt(prefix.length) === 58 /* : */) return true;
    return false;
  }

  get attributeCount(): number {
    return Object.keys(this.tag.attributes).length;
  }

  get selfClosing(): boolean {
    return this.tag.isSelfClosing;
  }

  attr(name: string): string | undefined {
    const a = this.tag.attributes;
    return Object.prototype.hasOwnProperty.call(a, name) ? a[name] : undefined;
  }

  attrNames(): string[] {
    return Object.keys(this.tag.attributes);
  }
}

/** Where saxes' events go: bounded in depth, and past those the scanner delivered already. */
export class XmlSink {
  /** Events saxes replays that the scanner delivered already. */
  skip = 0;
  private depth = 0;

  constructor(
    private readonly handlers: XmlHandlers,
    private readonly options: XmlOptions,
  ) {}

  /** Starts over for saxes, which reads from the beginning. */
  replayAfter(delivered: number): void {
    this.skip = delivered;
    this.depth = 0;
  }

  open(tag: SaxesTag): void {
    // saxes keeps every open element: the depth bounds its memory.
    if (++this.depth > this.options.maxDepth) this.options.fault("too-deep");
    if (tag.attributeCount > this.options.maxAttributes) this.options.fault("too-many-attributes");
    if (this.skip > 0) this.skip--;
    // saxes can only be stopped by throwing: this path is the rare one (XML the scanner leaves).
    else if (this.handlers.open(tag) === true) throw STOP;
  }

  close(local: string): void {
    this.depth--;
    if (this.skip > 0) this.skip--;
    else if (this.handlers.close?.(local) === true) throw STOP;
  }

  text(text: string): void {
    if (this.skip > 0) this.skip--;
    else this.handlers.text?.(text);
  }
}

/**
 * A saxes parser feeding `sink`. A DOCTYPE is refused outright: entity declarations live
 * only there, so refusing it closes both entity expansion and external entities.
 */
export function saxesInto(sink: XmlSink, options: XmlOptions): SaxesParser<{ xmlns: false; position: false }> {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  parser.on("doctype", () => options.fault("doctype"));
  // Counted as they come: saxes gathers an element's attributes before it reports the
  // element, and 180,000 of them take seconds to gather.
  let attributes = 0;
  parser.on("opentagstart", () => (attributes = 0));
  parser.on("attribute", () => {
    if (++attributes > options.maxAttributes) options.fault("too-many-attributes");
  });
  parser.on("error", () => options.fault("malformed"));
  parser.on("opentag", (tag) => sink.open(new SaxesTag(tag)));
  parser.on("closetag", (tag) => sink.close(localName(tag.name)));
  parser.on("text", (text) => sink.text(text));
  parser.on("cdata", (text) => sink.text(text));
  return parser;
}

/**
 * Parses a whole document held as one string. Returns false when a handler stopped it
 * (by returning true from the scanner's path, by {@link STOP} from saxes').
 */
export function parseXmlText(text: string, handlers: XmlHandlers, options: XmlOptions): boolean {
  const delivered = scanPlainXml(text, handlers, options.maxDepth, () => options.fault("too-deep"), options.maxAttributes);
  if (delivered === SCANNED) return true;
  if (delivered === STOPPED) return false;
  const sink = new XmlSink(handlers, options);
  sink.replayAfter(delivered);
  // An empty part is not a document either: saxes reports it as such on close.
  saxesInto(sink, options).write(text).close();
  return true;
}
