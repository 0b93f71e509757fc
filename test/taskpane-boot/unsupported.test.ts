/**
 * @jest-environment jsdom
 *
 * The script that stands in for the pane where it cannot run: Excel 2016/2019 run add-ins
 * in Internet Explorer 11, so it must be ES5, and its texts must be the catalogue's.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { parse } from "acorn";
import { unsupportedMessages } from "../../src/core/messages/unsupported";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { unsupportedScript } = require("../../scripts/webpack/unsupported-script") as { unsupportedScript(): string };

const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";
const EDGE_HTML = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041";

function runAs(userAgent: string): void {
  Object.defineProperty(window.navigator, "userAgent", { value: userAgent, configurable: true });
  document.body.innerHTML = '<div id="root"></div>';
  delete (window as { __htsdUnsupported?: boolean }).__htsdUnsupported;
  new Function(unsupportedScript())();
}

describe("the script for hosts the pane cannot run in", () => {
  it("parses as ES5, as written and with the catalogue's texts filled in", () => {
    const source = readFileSync(join(__dirname, "../../src/taskpane/unsupported/unsupported.js"), "utf8");
    expect(() => parse(source, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
    expect(() => parse(unsupportedScript(), { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
  });

  it("really is held to ES5: a later syntax fails the same parse", () => {
    expect(() => parse("let x = () => 1;", { ecmaVersion: 5 })).toThrow();
    expect(() => parse("var o = {}; o?.a;", { ecmaVersion: 5 })).toThrow();
  });

  it("uses exactly the catalogue's texts", () => {
    const source = readFileSync(join(__dirname, "../../src/taskpane/unsupported/unsupported.js"), "utf8");
    const used = [...source.matchAll(/TEXT\["([^"]+)"\]/g)].map((m) => m[1]).sort();
    expect(used).toEqual(Object.keys(unsupportedMessages).sort());
  });

  it.each([
    ["Internet Explorer 11 (Office 2016/2019)", IE11],
    ["EdgeHTML (early Windows 10)", EDGE_HTML],
  ])("in %s it shows the Vietnamese message with the three ways out, and holds the bundle back", (_, ua) => {
    runAs(ua);
    expect((window as { __htsdUnsupported?: boolean }).__htsdUnsupported).toBe(true);
    const alert = document.querySelector('#root [role="alert"]')!;
    expect(alert.querySelector("h1")!.textContent).toBe(unsupportedMessages["unsupported.title"]);
    const items = [...alert.querySelectorAll("li")].map((li) => li.textContent);
    expect(items).toEqual([
      unsupportedMessages["unsupported.option.page"].replace("{url}", "http://localhost/"),
      unsupportedMessages["unsupported.option.web"],
      unsupportedMessages["unsupported.option.form"],
    ]);
    expect(items[0]).toContain("Chrome, Edge hoặc Cốc Cốc");
  });
});
