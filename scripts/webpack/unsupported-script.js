/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, module, __dirname */
// The inline script of taskpane.html and htsd.html that shows a message where the pane
// cannot run (src/taskpane/unsupported/unsupported.js), with its texts copied in from the
// catalogue (src/core/messages/unsupported.ts): the script is ES5 and runs before the
// bundle, so it cannot import them; the build writes them in.
"use strict";
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const root = path.resolve(__dirname, "..", "..");
const catalogueFile = path.join(root, "src/core/messages/unsupported.ts");
const scriptFile = path.join(root, "src/taskpane/unsupported/unsupported.js");

/** The catalogue's texts: the file has no imports, so transpiling it alone is enough. */
function unsupportedTexts() {
  const source = fs.readFileSync(catalogueFile, "utf8");
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2019 } }).outputText;
  const mod = { exports: {} };
  new Function("exports", "module", js)(mod.exports, mod);
  return mod.exports.unsupportedMessages;
}

/**
 * The script, ready to sit in a <script> element. Non-ASCII text is written as \u escapes,
 * so the message reads right even where the page's encoding is misjudged, and the line
 * separators U+2028/U+2029 (not allowed in ES5 strings) cannot break it.
 */
function unsupportedScript() {
  const texts = JSON.stringify(unsupportedTexts()).replace(/[\u007f-\uffff]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
  const source = fs.readFileSync(scriptFile, "utf8");
  const call = "(window, document, __HTSD_UNSUPPORTED_TEXT__);";
  if (!source.includes(call)) throw new Error(`${scriptFile} no longer ends with ${call}`);
  return source.replace(call, () => `(window, document, ${texts});`);
}

module.exports = { unsupportedScript, unsupportedTexts };
