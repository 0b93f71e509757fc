/**
 * The plain scanner may stop early, but it may never accept what saxes refuses, and up
 * to where it stops it must deliver saxes' own events. Every case here is parsed twice,
 * by saxes alone and by the scanner with saxes behind it, and the two outcomes (events,
 * then the fault or a clean end) must be identical. The real parts of a filled form must
 * be read by the scanner alone, or it would be speed bought for nothing.
 */
import fc from "fast-check";
import { strFromU8, unzipSync } from "fflate";
import { parseXmlText, saxesInto, XmlSink, type XmlFault, type XmlOptions } from "../../../src/xlsx/xml/parse";
import { SCANNED, scanPlainXml } from "../../../src/xlsx/xml/plain-scanner";
import type { XmlHandlers } from "../../../src/xlsx/xml/tag";
import { getForm } from "../../../src/core/kinds";
import type { StatsTableForm } from "../../../src/core/kinds/stats-table";
import { randomSchoolValues, seeded } from "../../../src/core/sample";
import { filledForm } from "../../hostile/corpus";

const formParts = async (unit: string, seed: number): Promise<Record<string, Uint8Array>> =>
  unzipSync(await filledForm(unit, randomSchoolValues(seeded(seed), getForm("stats-table") as StatsTableForm)));

class Fault extends Error {
  constructor(readonly kind: XmlFault) {
    super(kind);
  }
}

const OPTIONS: XmlOptions = {
  maxDepth: 8,
  maxAttributes: 20,
  fault(kind) {
    throw new Fault(kind);
  },
};

function recorder(events: string[]): XmlHandlers {
  return {
    open(tag) {
      const attrs = tag.attrNames().map((k) => [k, tag.attr(k)]);
      // What the namespace filter asks of an element, answered alike by both parsers.
      const prefixed = ["mc", "x", "xmlns", "r", "a", "m"].filter((p) => tag.hasPrefixed(p));
      const scope = { prefix: tag.prefix, special: tag.special, declares: tag.declares, prefixed };
      events.push(`<${tag.local}${tag.selfClosing ? "/" : ""} ${JSON.stringify(attrs)} ${JSON.stringify(scope)}`);
    },
    close(local) {
      events.push(`</${local}`);
    },
    text(text) {
      events.push(JSON.stringify(text));
    },
  };
}

function outcome(text: string, parse: (text: string, handlers: XmlHandlers) => void): string[] {
  const events: string[] = [];
  try {
    parse(text, recorder(events));
    events.push("END");
  } catch (e) {
    if (!(e instanceof Fault)) throw e;
    events.push(`FAULT ${e.kind}`);
  }
  return events;
}

const bySaxes = (text: string): string[] =>
  outcome(text, (t, handlers) => {
    saxesInto(new XmlSink(handlers, OPTIONS), OPTIONS).write(t).close();
  });
const byScannerFirst = (text: string): string[] => outcome(text, (t, handlers) => parseXmlText(t, handlers, OPTIONS));
const scannedWhole = (text: string): boolean =>
  scanPlainXml(text, { open() {}, close() {}, text() {} }, 1000, () => {
    throw new Error("too deep");
  }) === SCANNED;

function expectSame(text: string): void {
  expect({ text, events: byScannerFirst(text) }).toEqual({ text, events: bySaxes(text) });
}

describe("the plain scanner", () => {
  const plain = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a x="1" y='2'><b/>t&amp;&lt;&gt;&quot;&apos;&#65;&#x1F600;<c:d e:f="v&amp;w" g = "h" >x</c:d ></a>`,
    `<a>\t\n spaces \t</a>`,
    `<a b="&#9;&#10;&#13;"/>`,
    `<a>]]</a>`,
    `<a>]>]]&gt;</a>`,
    `<_x.y-z:w-1>a>b</_x.y-z:w-1>`,
    `  <a/>  \n`,
    `<a>é 😀 中</a>`,
    // Past 16 attributes duplicates are looked up in a set; 20 is the limit in these options.
    `<a ${Array.from({ length: 20 }, (_, i) => `k${i}="${i}"`).join(" ")}/>`,
  ];
  const notPlainButWellFormed = [
    `<a><!-- c --></a>`,
    `<a>x<![CDATA[<y>]]>z</a>`,
    `<?xml version='1.0'?><?pi data?><a/>`,
    `<a>x\r\ny</a>`,
    `<a b="x\ty"/>`,
    `<é/>`,
    `<a>&#0000000065;</a>`,
    `<?xml version="1.1"?><a/>`,
    `\uFEFF<a/>`,
  ];
  const malformed = [
    ``,
    `   `,
    `text`,
    `<a>`,
    `<a></b>`,
    `<a></a><b/>`,
    `<a>x</a>y`,
    `<a b="1" b="2"/>`,
    `<a b="1"c="2"/>`,
    `<a b=1/>`,
    `<a b/>`,
    `<a b="<"/>`,
    `<a>&bogus;</a>`,
    `<a>&#0;</a>`,
    `<a>&#xD800;</a>`,
    `<a>&#X41;</a>`,
    `<a>&;</a>`,
    `<a>& b</a>`,
    `<a>]]></a>`,
    `<a>\u0001</a>`,
    `<a>\uFFFE</a>`,
    `<a>\uD800</a>`,
    `<a/ >`,
    `<a></a >x`,
    `< a/>`,
    `<a></ a>`,
    `<1a/>`,
    `<a>x`,
    `<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>`,
    ` <?xml version="1.0"?><a/>`,
    `<?xml version="1.0" standalone="maybe"?><a/>`,
    `<a ${Array.from({ length: 18 }, (_, i) => `k${i}="${i}"`).join(" ")} k3="x"/>`,
    `<a ${Array.from({ length: 16 }, (_, i) => `k${i}="${i}"`).join(" ")} k15="x"/>`,
  ];

  test.each(plain)("reads plain XML by itself, as saxes would: %j", (text) => {
    expect(scannedWhole(text)).toBe(true);
    expectSame(text);
  });

  test.each(notPlainButWellFormed)("leaves the rest of XML to saxes, events intact: %j", (text) => {
    expect(scannedWhole(text)).toBe(false);
    expectSame(text);
  });

  test.each(malformed)("never accepts what saxes refuses: %j", (text) => {
    expect(scannedWhole(text)).toBe(false);
    expect(bySaxes(text).at(-1)).toMatch(/^FAULT/);
    expectSame(text);
  });

  test("bounds the attributes of an element on either path", () => {
    const attributes = (n: number) => Array.from({ length: n }, (_, i) => `k${i}="${i}"`).join(" ");
    for (const text of [`<a><b ${attributes(21)}/></a>`, `<a ${attributes(400)}/>`, `<a><!-- to saxes --><b ${attributes(21)}/></a>`]) {
      expect(byScannerFirst(text).at(-1)).toBe("FAULT too-many-attributes");
      expectSame(text);
    }
  });

  test("bounds the nesting on either path", () => {
    const deep = (inner: string): string => `<a><b><c><d><e><f><g><h>${inner}<i/></h></g></f></e></d></c></b></a>`;
    expect(byScannerFirst(deep("")).at(-1)).toBe("FAULT too-deep");
    expect(byScannerFirst(deep("<!-- to saxes -->")).at(-1)).toBe("FAULT too-deep");
    expectSame(deep(""));
    expectSame(deep("<!-- to saxes -->"));
  });

  // Well-formed plain documents of every shape: each must be read whole by the scanner.
  const name = fc.stringMatching(/^[A-Za-z_:][A-Za-z0-9_:.-]{0,6}$/);
  const chars = fc.constantFrom("a", " ", "\n", "\t", "é", "😀", ">", "]", "&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#65;", "&#x4E2D;", "/", "=", "'", '"');
  const text = fc.array(chars, { maxLength: 8 }).map((c) => c.join(""));
  const value = fc.array(chars.filter((c) => !/[\n\t"]/.test(c)), { maxLength: 6 }).map((c) => c.join(""));
  const attrs = fc.uniqueArray(fc.tuple(name, value), { maxLength: 4, selector: ([k]) => k });
  const space = fc.constantFrom("", " ", "\n", "\t ");
  const { element } = fc.letrec<{ element: string }>((tie) => ({
    element: fc
      .tuple(name, attrs, space, fc.array(fc.oneof({ depthSize: "small" }, text, tie("element")), { maxLength: 4 }))
      .map(([n, as, sp, children]) => {
        const open = `<${n}${as.map(([k, v]) => ` ${k}="${v}"`).join("")}${sp}`;
        return children.length === 0 ? `${open}/>` : `${open}>${children.join("")}</${n}${sp}>`;
      }),
  }));
  const wellFormed = fc.tuple(fc.boolean(), space, element, space).map(([decl, a, root, b]) => (decl ? `<?xml version="1.0"?>${a}${root}${b}` : `${root}${b}`))
    .filter((doc) => !doc.includes("]]>"));

  test("reads well-formed plain documents by itself, as saxes would", () => {
    fc.assert(
      fc.property(wellFormed, (doc) => {
        expect(bySaxes(doc).at(-1)).toBe("END");
        expect(scannedWhole(doc)).toBe(true);
        expectSame(doc);
      }),
      { numRuns: 2000, seed: 20261126 },
    );
  });

  test("reads every part of a filled form by itself", async () => {
    const parts = await formParts("Trường THCS Chiềng Sinh", 1);
    const xml = Object.keys(parts).filter((p) => p.endsWith(".xml") || p.endsWith(".rels"));
    expect(xml.length).toBeGreaterThanOrEqual(8);
    for (const name of xml) {
      const text = strFromU8(parts[name]!);
      expect({ name, whole: scannedWhole(text) }).toEqual({ name, whole: true });
      expectSame(text);
    }
  });

  // Pieces of XML, good and bad, put together at random: most documents come out
  // malformed somewhere, which is where the two must agree on where and how.
  const pieces = fc.constantFrom(
    "<a>", "</a>", "<b:c>", "</b:c>", "<d/>", "<e x='1'>", "</e>", "<f y=\"&amp;\" z=\"&#x41;\"/>", "<g a='1' a='2'/>",
    "<h k='v'j='w'/>", "<i k=v/>", "<j\tk = 'v' />", "<k l=\"&bad;\"/>", "<l m=\"<\"/>", "<m n=\"\t\"/>", "<n o=\"é\"/>",
    "text", " ", "\n", "\t", "\r\n", "\r", "&lt;", "&amp;", "&#65;", "&#x1F600;", "&#0;", "&#xFFFE;", "&nbsp;", "&", ";",
    "]]>", "]]", ">", "<", "<!-- c -->", "<!-- a -- b -->", "<![CDATA[x<y]]>", "<?pi x?>", "<?xml version=\"1.0\"?>",
    "<!DOCTYPE a>", "<é>", "</é>", "\u0001", "\uFFFF", "\uD800", "😀", "中", "<1/>", "</ a>", "<a/ >", "/>", "=", "\"", "'",
  );
  const documents = fc.array(pieces, { maxLength: 24 }).map((p) => p.join(""));
  const wrapped = fc.tuple(fc.boolean(), documents).map(([decl, body]) => `${decl ? '<?xml version="1.0" encoding="UTF-8"?>\n' : ""}<a>${body}</a>`);

  test("agrees with saxes on random documents", () => {
    fc.assert(fc.property(fc.oneof(documents, wrapped), (text) => expectSame(text)), { numRuns: 4000, seed: 20261124 });
  });

  test("agrees with saxes on a real part with a few characters changed", async () => {
    const parts = await formParts("Trường Tiểu học Tỏa Tình", 2);
    const sheet = strFromU8(parts["xl/worksheets/sheet1.xml"]!);
    const strings = strFromU8(parts["xl/sharedStrings.xml"]!);
    const edit = fc.record({
      at: fc.nat(),
      cut: fc.nat({ max: 3 }),
      put: fc.constantFrom("", "<", ">", "&", "\"", "'", "/", "=", " ", "x", ":", "é", "\r", "\u0000", "]]>", "<!--", "&#0;"),
    });
    const edited = fc.tuple(fc.constantFrom(sheet, strings), fc.array(edit, { minLength: 1, maxLength: 3 })).map(([text, edits]) =>
      edits.reduce((t, e) => {
        const at = e.at % (t.length + 1);
        return t.slice(0, at) + e.put + t.slice(at + e.cut);
      }, text),
    );
    fc.assert(fc.property(edited, (text) => expectSame(text)), { numRuns: 1500, seed: 20261125 });
  });
});
