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
import { prefixOf, type Stop, type XmlHandlers, type XmlTag } from "./tag";
import { detach } from "../reader/text";

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

/** As {@link XmlHandlers}: returning true stops the reading. */
export interface NamespacedHandlers {
  open(tag: XmlTag, scope: NamespaceScope): Stop;
  close?(local: string): Stop;
  text?(text: string): void;
}

type Bindings = ReadonlyMap<string, string>;

/** Namespaces declared or made ignorable by an element, in force until it closes. */
interface Scope {
  depth: number;
  bindings: Bindings;
  ignorable: ReadonlySet<string>;
}

/** An `mc:AlternateContent` open at `depth`: whether one of its branches was taken already. */
interface Alternate {
  depth: number;
  chosen: boolean;
}

/** How an open element was handled: its close goes to the handlers unless it was passed through. */
const THROUGH = 0;
const DELIVERED = 1;
/** A delivered `<ext>`: what it holds is extension content, any namespace. */
const EXTENSION = 2;

const ROOT_SCOPE: Scope = { depth: 0, bindings: new Map([["xml", XML]]), ignorable: new Set() };
/** What Excel understands, for `mc:Choice Requires` and `mc:MustUnderstand`. */
const UNDERSTOOD: ReadonlySet<string> = new Set([...SPREADSHEETML, ...PACKAGE_RELATIONSHIPS, ...RELATIONSHIPS, MC, ...EXCEL_EXTENSIONS]);

/** The namespace names this reader knows, each as the one string held here. */
const KNOWN: ReadonlyMap<string, string> = new Map([...UNDERSTOOD, XML].map((uri) => [uri, uri]));

/**
 * A declared namespace name, held apart from the part's text. Cut from that text, it kept
 * the whole part alive: measured, the bindings' values outlived their file, and a
 * worker's young-generation collections promoted every part that declared namespaces
 * (some 80 KB a file) into the old generation, for the full collections to sweep.
 */
function ownUri(uri: string): string {
  return KNOWN.get(uri) ?? detach(uri);
}

const vocabularies = new Map<readonly string[], ReadonlySet<string>>();

/** One set per vocabulary, made once: a part is read in a fraction of a millisecond. */
function vocabularySet(vocabulary: readonly string[]): ReadonlySet<string> {
  let set = vocabularies.get(vocabulary);
  if (!set) vocabularies.set(vocabulary, (set = new Set(vocabulary)));
  return set;
}

function prefixes(list: string): string[] {
  return list.split(/[ \t\r\n]+/).filter((p) => p !== "");
}

/**
 * The filter between the parsers and a part's handlers. It keeps per open element one
 * number and allocates only where namespaces are declared: a part's thousands of cells
 * pass through it at the cost of a lookup.
 */
export class NamespaceFilter implements XmlHandlers, NamespaceScope {
  private depth = 0;
  private readonly kinds: number[] = [];
  private readonly scopes: Scope[] = [ROOT_SCOPE];
  private scope: Scope = ROOT_SCOPE;
  private readonly alternates: Alternate[] = [];
  /** Delivered `<ext>` elements open. */
  private inExtension = 0;
  /** Elements open inside a skipped one (itself included). */
  private skipping = 0;
  private readonly vocabulary: ReadonlySet<string>;
  /** The last prefix looked up, under which bindings, and what it named. */
  private memoBindings: Bindings | undefined = undefined;
  private memoPrefix = "";
  private memoUri: string | undefined = undefined;
  private memoOurs = false;
  /** The prefixes bound to markup compatibility under {@link mcBindings}. */
  private mcBindings: Bindings | undefined = undefined;
  private mcPrefixes: string[] = [];

  constructor(
    private readonly handlers: NamespacedHandlers,
    vocabulary: readonly string[],
    private readonly fault: (kind: NamespaceFault) => never,
  ) {
    this.vocabulary = vocabularySet(vocabulary);
  }

  attrIn(tag: XmlTag, uris: ReadonlySet<string>, local: string): string | undefined {
    if (!tag.special) return undefined;
    const { bindings } = this.scope;
    for (const name of tag.attrNames()) {
      const prefix = prefixOf(name);
      if (prefix !== "" && name.length === prefix.length + 1 + local.length && name.endsWith(local) && uris.has(bindings.get(prefix) ?? "")) {
        return tag.attr(name);
      }
    }
    return undefined;
  }

  // The scanner calls these unbound, as it reads them off the handlers once.
  readonly open = (tag: XmlTag): Stop => {
    if (this.skipping > 0) {
      this.skipping++;
      return;
    }
    const depth = this.depth + 1;
    if (tag.special) this.enter(tag, depth);
    const prefix = tag.prefix;
    const { bindings } = this.scope;
    // Comparing a namespace name with the vocabulary's compares some fifty characters:
    // the answer for the last prefix is kept while the bindings stay the same.
    if (bindings !== this.memoBindings || prefix !== this.memoPrefix) {
      this.memoBindings = bindings;
      this.memoPrefix = prefix;
      this.memoUri = bindings.get(prefix);
      this.memoOurs = this.memoUri !== undefined && this.vocabulary.has(this.memoUri);
    }
    const uri = this.memoUri;
    if (uri === undefined && prefix !== "") this.fault("malformed");
    if (this.memoOurs) {
      const local = tag.local;
      const extension = local === "ext";
      if (extension) this.inExtension++;
      this.push(depth, extension ? EXTENSION : DELIVERED);
      return this.handlers.open(tag, this);
    }
    if (depth === 1) this.fault("foreign-root");
    if (uri === MC) return this.markup(tag, depth);
    // Extension content (under `<ext>`), what the file declares ignorable and what Excel
    // reads and this reader needs not: skipped with everything inside it.
    if (uri !== undefined && (this.inExtension > 0 || this.scope.ignorable.has(uri) || EXCEL_EXTENSIONS.has(uri))) return this.skip(depth);
    this.fault("foreign");
  };

  readonly close = (local: string): Stop => {
    if (this.skipping > 0) {
      this.skipping--;
      return;
    }
    const kind = this.kinds.pop()!;
    const depth = this.depth--;
    this.leave(depth);
    if (this.alternates.length > 0 && this.alternates[this.alternates.length - 1]!.depth === depth) this.alternates.pop();
    if (kind === EXTENSION) this.inExtension--;
    if (kind !== THROUGH) return this.handlers.close?.(local);
  };

  readonly text = (text: string): void => {
    if (this.skipping === 0) this.handlers.text?.(text);
  };

  private push(depth: number, kind: number): void {
    this.depth = depth;
    this.kinds.push(kind);
  }

  /** Its close event (at once for a self-closing one) ends the skip. */
  private skip(depth: number): void {
    this.leave(depth);
    this.skipping = 1;
  }

  private leave(depth: number): void {
    if (this.scope.depth === depth) {
      this.scopes.pop();
      this.scope = this.scopes[this.scopes.length - 1]!;
    }
  }

  /** The declarations and `mc:` attributes of an element, as a new scope when they change anything. */
  private enter(tag: XmlTag, depth: number): void {
    const inherited = this.scope;
    // Most such elements carry only an extension's attribute (`x14ac:dyDescent` on every
    // row): with no declaration and no `mc:` attribute, the scope stays as it is.
    if (!tag.declares && !this.mcPrefixesOf(inherited.bindings).some((p) => tag.hasPrefixed(p))) return;
    const names = tag.attrNames();
    let bindings: Map<string, string> | undefined;
    for (const name of names) {
      if (name !== "xmlns" && !name.startsWith("xmlns:")) continue;
      const value = ownUri(tag.attr(name)!);
      const prefix = name === "xmlns" ? "" : name.slice(6);
      // XML 1.0 cannot undeclare a prefix, and `xml`/`xmlns` are reserved.
      if ((prefix !== "" && value === "") || prefix === "xmlns" || (prefix === "xml") !== (value === XML)) this.fault("malformed");
      bindings ??= new Map(inherited.bindings);
      bindings.set(prefix, value);
    }
    const scope = bindings ?? inherited.bindings;
    const ignorable = this.compatibility(tag, names, scope, inherited.ignorable);
    if (scope === inherited.bindings && ignorable === inherited.ignorable) return;
    this.scope = { depth, bindings: scope, ignorable };
    this.scopes.push(this.scope);
  }

  /** The prefixes (never the default namespace: attributes do not take it) bound to markup compatibility. */
  private mcPrefixesOf(bindings: Bindings): readonly string[] {
    if (bindings !== this.mcBindings) {
      this.mcBindings = bindings;
      this.mcPrefixes = [...bindings].filter(([p, uri]) => p !== "" && uri === MC).map(([p]) => p);
    }
    return this.mcPrefixes;
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
      else if (uris.some((u) => !UNDERSTOOD.has(u))) this.fault("markup");
    }
    return ignorable;
  }

  /** `mc:AlternateContent` and its branches: the first `mc:Choice` Excel would take, else `mc:Fallback`. */
  private markup(tag: XmlTag, depth: number): void {
    const top = this.alternates[this.alternates.length - 1];
    const inAlternate = top !== undefined && top.depth === depth - 1;
    switch (tag.local) {
      case "AlternateContent":
        if (inAlternate) this.fault("markup");
        this.alternates.push({ depth, chosen: false });
        return this.push(depth, THROUGH);
      case "Choice":
      case "Fallback": {
        if (!inAlternate) this.fault("markup");
        const { bindings } = this.scope;
        const requires = tag.local === "Choice" ? prefixes(tag.attr("Requires") ?? this.fault("markup")) : [];
        const takes = !top!.chosen && requires.every((p) => UNDERSTOOD.has(bindings.get(p) ?? this.fault("malformed")));
        if (!takes) return this.skip(depth);
        top!.chosen = true;
        return this.push(depth, THROUGH);
      }
      default:
        this.fault("markup");
    }
  }
}
