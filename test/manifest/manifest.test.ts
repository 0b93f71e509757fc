/**
 * manifest.xml against Microsoft's published schema (offline, with xmllint), the production
 * copy webpack writes, and the icons it points at. xmllint is required: libxml2-utils on
 * Debian/Ubuntu (CI installs it). Without it this suite fails, locally too, because a manifest
 * that Office rejects is only found out at sideload time otherwise.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "fs";
import { tmpdir } from "os";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const XSD = path.resolve(__dirname, "../../../shared/office-manifest-xsd/OfficeAppManifestV1_1.xsd");
const xml = readFileSync(MANIFEST, "utf8");

function xmllint(args: string[]) {
  const r = spawnSync("xmllint", args, { encoding: "utf8" });
  if (r.error) {
    throw new Error(`xmllint is needed to check manifest.xml (apt-get install libxml2-utils)${process.env["CI"] ? " and CI must install it" : ""}: ${r.error.message}`);
  }
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

function validate(file: string) {
  return xmllint(["--noout", "--schema", XSD, file]);
}

function xpath(expr: string, file = MANIFEST): string {
  return xmllint(["--xpath", expr, file]).output.trim();
}

/** Each element by local name, since the manifest mixes three namespaces. */
const el = (name: string) => `//*[local-name()='${name}']`;
const ch = (name: string) => `*[local-name()='${name}']`;

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "htsd-manifest-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("manifest.xml against the official schema", () => {
  test("the schema is where the README says", () => {
    expect(existsSync(XSD)).toBe(true);
  });

  test("validates", () => {
    const r = validate(MANIFEST);
    expect(r.output).toContain("manifest.xml validates");
    expect(r.status).toBe(0);
  });

  test.each([
    ["without <Id>", (s: string) => s.replace(/\s*<Id>[^<]*<\/Id>/, "")],
    ["with a Permissions value that does not exist", (s: string) => s.replace("<Permissions>ReadWriteDocument<", "<Permissions>FullControl<")],
    ["with VersionOverrides 1.1, which task panes do not have", (s: string) => s.replace(/\/taskpaneappversionoverrides"/g, '/taskpaneappversionoverrides/1.1"')],
  ])("a copy %s fails to validate", (_name, breakIt) => {
    const broken = breakIt(xml);
    expect(broken).not.toBe(xml);
    const file = path.join(tmp, "broken.xml");
    writeFileSync(file, broken);
    const r = validate(file);
    expect(r.output).toContain("fails to validate");
    expect(r.status).toBe(3);
  });

  test("the production copy (URLs replaced) validates and no longer mentions localhost", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { productionManifest, urlProd } = require("../../webpack.config.js") as { productionManifest(x: string): string; urlProd: string };
    const prod = productionManifest(xml);
    const file = path.join(tmp, "manifest.xml");
    writeFileSync(file, prod);
    expect(validate(file).status).toBe(0);
    expect(prod).not.toMatch(/https?:\/\/localhost/);
    expect(prod).toContain(`${urlProd}taskpane.html`);
    expect(xpath(`string(${el("AppDomain")})`, file)).toBe(new URL(urlProd).origin);
  });
});

describe("what the manifest says", () => {
  test("asks for ReadWriteDocument and nothing more", () => {
    expect(xml.match(/<Permissions>/g)).toHaveLength(1);
    expect(xpath(`string(${el("Permissions")})`)).toBe("ReadWriteDocument");
  });

  test("is an Excel task pane, vi-VN first with en-US overrides, needing only ExcelApi 1.1", () => {
    expect(xpath(`string(${el("Id")})`)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(xpath(`string(${el("Version")})`)).toBe("1.0.0.0");
    expect(xpath(`string(${el("ProviderName")})`)).toBe("HTSĐ Tổng hợp");
    expect(xpath(`string(${el("DefaultLocale")})`)).toBe("vi-VN");
    expect(xpath(`string(${el("DisplayName")}/@DefaultValue)`)).toBe("HTSĐ Tổng hợp");
    expect(xpath(`count(${el("Hosts")}/${ch("Host")}[@Name])`)).toBe("1");
    expect(xpath(`string(${el("Host")}/@Name)`)).toBe("Workbook");
    expect(xpath(`string(${el("Set")}[@Name='ExcelApi']/@MinVersion)`)).toBe("1.1");
    expect(xpath(`string(${el("DefaultSettings")}/${ch("SourceLocation")}/@DefaultValue)`)).toBe("https://localhost:3000/taskpane.html");
    for (const name of ["DisplayName", "Description"]) {
      expect(xpath(`string((${el(name)})[1]/${ch("Override")}[@Locale='en-US']/@Value)`)).not.toBe("");
    }
    // Every vi string of the ribbon has its English override.
    expect(xpath(`count(${el("ShortStrings")}/*[not(${ch("Override")}[@Locale='en-US'])])`)).toBe("0");
    expect(xpath(`count(${el("LongStrings")}/*[not(${ch("Override")}[@Locale='en-US'])])`)).toBe("0");
  });

  test("every resid points at a resource that exists", () => {
    const ids = new Set([...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));
    const used = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(5);
    expect(used.filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe("icons", () => {
  /** Width and height from the PNG's IHDR chunk. */
  function pngSize(file: string): { width: number; height: number } {
    const b = readFileSync(file);
    expect(b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    expect(b.toString("ascii", 12, 16)).toBe("IHDR");
    return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
  }

  test.each([16, 32, 64, 80, 128])("assets/icon-%i.png is a square PNG of that size", (size) => {
    expect(pngSize(path.join(ROOT, "assets", `icon-${size}.png`))).toEqual({ width: size, height: size });
  });

  test("every icon the manifest names exists, at the size it is declared for", () => {
    const urls = [...xml.matchAll(/https:\/\/localhost:3000\/(assets\/[^"]+\.png)/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThanOrEqual(5);
    for (const url of urls) {
      const size = Number(/icon-(\d+)\.png$/.exec(url)![1]);
      expect(pngSize(path.join(ROOT, url))).toEqual({ width: size, height: size });
    }
  });
});
