/**
 * Reading a part as Excel does: by namespace, not by local name. Only the elements of the
 * part's own vocabulary (SpreadsheetML, or the package relationships) reach the handlers;
 * markup compatibility (`mc:Ignorable`, `mc:AlternateContent`) is applied as ECMA-376
 * Part 3 prescribes. So a value a sender hides in another namespace (`<x:v>999</x:v>`
 * after the real `<v>4</v>`, a fake `<x:sheetData>`) is never read, and a file whose
 * markup Excel could not read either is refused rather than read another way.
 *
 * It sits after both parsers (the plain scanner and saxes), so each event passes once.
 */
import { prefixOf, type XmlHandlers, type XmlTag } from "./tag";

export const SPREADSHEETML = Object.freeze(["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"]);
export const PACKAGE_RELATIONSHIPS = Object.freeze(["http://schemas.openxmlformats.org/package/2006/relationships"]);
/** Where `r:id` lives, Transitional and Strict. */
export const RELATIONSHIPS: ReadonlySet<string> = new Set([
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://purl.oclc.org/ooxml/officeDocument/relationships",
]);
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const XML = "http://www.w3.org/XML/1998/namespace";

/**
 * Extensions Excel understands and this reader has no use for. Excel takes an
 * `mc:Choice` that requires one of them, so this reader takes it too (and skips the
 * extension's own elements within it); an element in one of them is skipped, never read.
 */
const EXCEL_EXTENSIONS: ReadonlySet<string> = new Set(
  [
    "spreadsheetml/2009/9/main", // x14
    "spreadsheetml/2009/9/ac", // x14ac
    "spreadsheetml/2010/11/main", // x15
    "spreadsheetml/2010/11/ac", // x15ac
    "spreadsheetml/2014/revision", // xr
    "spreadsheetml/2015/revision2", // xr2
    "spreadsheetml/2016/revision3", // xr3
    "spreadsheetml/2016/revision5", // xr5
    "spreadsheetml/2016/revision6", // xr6
    "spreadsheetml/2016/revision9", // xr9
    "spreadsheetml/2016/revision10", // xr10
    "spreadsheetml/2015/02/main", // x16r2
    "spreadsheetml/2017/richdata", // xlrd
    "spreadsheetml/2017/richdata2", // xlrd2
    "spreadsheetml/2018/calcfeatures", // xcalcf
    "spreadsheetml/2020/threadedcomments2", // xltc2
    "drawing/2010/main", // a14
    "excel/2006/main", // xne
  ].map((path) => `http://schemas.microsoft.com/office/${path}`),
);

export type NamespaceFault =
  /** The part's root is not of its vocabulary: another kind of document. */
  | "foreign-root"
  /** An element of a namespace neither the part's nor declared ignorable. */
  | "foreign"
  /** Markup compatibility used in a way Excel would not accept. */
  | "markup"
  /** A prefix bound to nothing: not namespace-well-formed. */
  | "malformed";

/** What a handler may ask of the element's scope, during its `open` call only. */
export interface NamespaceScope {
  /** The value of the attribute `local` in one of `uris` (`r:id` under any prefix), if any. */
  attrIn(tag: XmlTag, uris: ReadonlySet<string>, local: string): string | undefined;
}

export interface NamespacedHandlers {
  open(tag: XmlTag, scope: NamespaceScope): void;
  close?(local: string): void;
  text?(text: string): void;
}

type Bindings = ReadonlyMap<string, string>;

interface Frame {
  bindings: Bindings;
  ignorable: ReadonlySet<string>;
  /** Delivered to the handlers: its close is too. */
  delivered: boolean;
  /** The local name of the nearest delivered element, this one or above. */
  owner: string;
  /** An `mc:AlternateContent`: whether one of its branches was taken already. */
  alternate?: { chosen: boolean };
}

const ROOT_BINDINGS: Bindings = new Map([["xml", XML]]);
const NOTHING: ReadonlySet<string> = new Set();

function prefixes(list: string): string[] {
  return list.split(/[ \t\r\n]+/).filter((p) => p !== "");
}

export class NamespaceFilter implements XmlHandlers, NamespaceScope {
  private readonly frames: Frame[] = [{ bindings: ROOT_BINDINGS, ignorable: NOTHING, delivered: false, owner: "" }];
  /** Elements open inside a skipped one (itself included). */
  private skipping = 0;
  private readonly vocabulary: ReadonlySet<string>;
  private readonly understood: ReadonlySet<string>;
  /** Bindings of the element being opened, for {@link attrIn}. */
  private current: Bindings = ROOT_BINDINGS;

  constructor(
    private readonly handlers: NamespacedHandlers,
    vocabulary: readonly string[],
    private readonly fault: (kind: NamespaceFault) => never,
  ) {
    this.vocabulary = new Set(vocabulary);
    this.understood = new Set([...SPREADSHEETML, ...PACKAGE_RELATIONSHIPS, ...RELATIONSHIPS, MC, ...EXCEL_EXTENSIONS]);
  }

  attrIn(tag: XmlTag, uris: ReadonlySet<string>, local: string): string | undefined {
    if (!tag.special) return undefined;
    for (const name of tag.attrNames()) {
      const prefix = prefixOf(name);
      if (prefix !== "" && name.length === prefix.length + 1 + local.length && name.endsWith(local) && uris.has(this.current.get(prefix) ?? "")) {
        return tag.attr(name);
      }
    }
    return undefined;
  }

  open(tag: XmlTag): void {
    if (this.skipping > 0) {
      this.skipping++;
      return;
    }
    const parent = this.frames[this.frames.length - 1]!;
    let bindings = parent.bindings;
    let ignorable = parent.ignorable;
    if (tag.special) {
      const names = tag.attrNames();
      bindings = this.declare(tag, names, bindings);
      ignorable = this.compatibility(tag, names, bindings, ignorable);
    }
    this.current = bindings;
    const uri = bindings.get(tag.prefix);
    if (uri === undefined && tag.prefix !== "") this.fault("malformed");
    const root = this.frames.length === 1;
    if (uri !== undefined && this.vocabulary.has(uri)) {
      this.frames.push({ bindings, ignorable, delivered: true, owner: tag.local });
      this.handlers.open(tag, this);
      return;
    }
    if (root) this.fault("foreign-root");
    if (uri === MC) return this.markup(tag, parent, bindings, ignorable);
    // Extension content (under `<ext>`), what the file declares ignorable and what Excel
    // reads and this reader needs not: skipped with everything inside it.
    if (uri !== undefined && (ignorable.has(uri) || EXCEL_EXTENSIONS.has(uri) || parent.owner === "ext")) return this.skip();
    this.fault("foreign");
  }

  // The scanner calls these unbound, as it reads them off the handlers once.
  readonly close = (local: string): void => {
    if (this.skipping > 0) {
      this.skipping--;
      return;
    }
    const frame = this.frames.pop()!;
    if (frame.delivered) this.handlers.close?.(local);
  };

  readonly text = (text: string): void => {
    if (this.skipping === 0) this.handlers.text?.(text);
  };

  /** Its close event (at once for a self-closing one) ends the skip. */
  private skip(): void {
    this.skipping = 1;
  }

  private declare(tag: XmlTag, names: readonly string[], inherited: Bindings): Bindings {
    let bindings: Map<string, string> | undefined;
    for (const name of names) {
      if (name !== "xmlns" && !name.startsWith("xmlns:")) continue;
      const value = tag.attr(name)!;
      const prefix = name === "xmlns" ? "" : name.slice(6);
      // XML 1.0 cannot undeclare a prefix, and `xml`/`xmlns` are reserved.
      if ((prefix !== "" && value === "") || prefix === "xmlns" || (prefix === "xml") !== (value === XML)) this.fault("malformed");
      bindings ??= new Map(inherited);
      bindings.set(prefix, value);
    }
    return bindings ?? inherited;
  }

  /** `mc:Ignorable`, `mc:MustUnderstand` and `mc:ProcessContent` on an element. */
  private compatibility(tag: XmlTag, names: readonly string[], bindings: Bindings, inherited: ReadonlySet<string>): ReadonlySet<string> {
    let ignorable = inherited;
    for (const name of names) {
      const prefix = prefixOf(name);
      if (prefix === "" || bindings.get(prefix) !== MC) continue;
      const local = name.slice(prefix.length + 1);
      if (local === "PreserveElements" || local === "PreserveAttributes") continue;
      // ProcessContent (content of an ignored element read in its place) is never written
      // by Excel; reading it wrongly would show what Excel does not.
      if (local !== "Ignorable" && local !== "MustUnderstand") this.fault("markup");
      const uris = prefixes(tag.attr(name)!).map((p) => bindings.get(p) ?? this.fault("malformed"));
      if (local === "Ignorable") ignorable = new Set([...ignorable, ...uris]);
      else if (uris.some((u) => !this.understood.has(u))) this.fault("markup");
    }
    return ignorable;
  }

  /** `mc:AlternateContent` and its branches: the first `mc:Choice` Excel would take, else `mc:Fallback`. */
  private markup(tag: XmlTag, parent: Frame, bindings: Bindings, ignorable: ReadonlySet<string>): void {
    const through = { bindings, ignorable, delivered: false, owner: parent.owner };
    switch (tag.local) {
      case "AlternateContent":
        if (parent.alternate) this.fault("markup");
        this.frames.push({ ...through, alternate: { chosen: false } });
        return;
      case "Choice":
      case "Fallback": {
        const alternate = parent.alternate ?? this.fault("markup");
        const requires = tag.local === "Choice" ? prefixes(tag.attr("Requires") ?? this.fault("markup")) : [];
        const takes = !alternate.chosen && requires.every((p) => this.understood.has(bindings.get(p) ?? this.fault("malformed")));
        if (!takes) return this.skip();
        alternate.chosen = true;
        this.frames.push(through);
        return;
      }
      default:
        this.fault("markup");
    }
  }
}
