/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, module, Buffer */
// Turns the standalone build's page into one self-contained file (dist/htsd.html): every
// script it loads is written into the page, the icon becomes a data: URL, and the separate
// files are dropped. Opened from disk or from an e-mail attachment it needs nothing else.
// (The lazy chunks are already part of the one script, LimitChunkCountPlugin saw to that;
// the worker is a string inside it, see src/taskpane/services/spawn-check-worker.inline.ts.)
"use strict";
const fs = require("fs");
const path = require("path");

/**
 * A script's text made safe inside <script>…</script>: the HTML parser looks for
 * "</script", "<script" and "<!--" whatever the JavaScript means. "\x3C" is "<" in a
 * string, a template and a regular expression alike, and comments do not care.
 */
function inlineSafe(js) {
  return js.replace(/<(?=\/?script|!--)/gi, "\\x3C");
}

class SingleFilePlugin {
  /** @param {{ html: string, context: string }} options the page's file name; the folder its relative links start from */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("SingleFilePlugin", (compilation) => {
      // After html-webpack-plugin has written the page (OPTIMIZE_INLINE), before reports.
      compilation.hooks.processAssets.tap({ name: "SingleFilePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER }, () => {
        const page = compilation.getAsset(this.options.html);
        if (!page) return;
        const scripts = compilation.getAssets().filter((a) => a.name.endsWith(".js"));
        let html = page.source.source().toString();
        // Attributes may come quoted or not (the page may have been minified).
        // Linked pictures (the icon) as data: URLs.
        html = html.replace(/(<link\b[^>]*\bhref=)(["']?)([^"'\s>:]+\.png)\2/g, (whole, before, quote, file) => {
          const bytes = fs.readFileSync(path.join(this.options.context, file));
          return `${before}"data:image/png;base64,${Buffer.from(bytes).toString("base64")}"`;
        });
        const names = new Set(scripts.map((a) => a.name));
        const links = [...html.matchAll(/\b(?:src|href)=(["']?)([^"'\s>]+)\1/g)].map((m) => m[2]);
        const left = links.filter((url) => !/^(?:data:|https?:|#)/.test(url) && !names.has(url));
        if (left.length > 0) throw new Error(`SingleFilePlugin: ${this.options.html} still links to ${left.join(", ")}`);
        // The bundled libraries' licence notices, which the minifier put in files of their own,
        // go into the page too (an HTML comment holds anything but "--").
        const licences = compilation.getAssets().filter((a) => a.name.endsWith(".LICENSE.txt"));
        const notice = (js) => js.replace(/\/\*! For license information please see [^*]*\.LICENSE\.txt \*\//g, "/*! Licences: see the comment at the end of this page */");
        for (const script of scripts) {
          const name = script.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
          const tag = new RegExp(`<script\\b[^>]*\\bsrc=(["']?)${name}\\1(?=[\\s>])[^>]*></script>`);
          if (!tag.test(html)) throw new Error(`SingleFilePlugin: ${this.options.html} does not load ${script.name}`);
          html = html.replace(tag, () => `<script>${inlineSafe(notice(script.source.source().toString()))}</script>`);
        }
        if (licences.length > 0) {
          const text = licences.map((a) => a.source.source().toString()).join("\n").replace(/--/g, "- -");
          // Before the page's own </body>, the last one: the scripts may spell the tag in their strings.
          const end = html.toLowerCase().lastIndexOf("</body>");
          html = `${html.slice(0, end)}<!--\nLicences of the libraries in this page:\n${text}\n-->\n${html.slice(end)}`;
        }
        compilation.updateAsset(this.options.html, new sources.RawSource(html));
        for (const script of scripts) compilation.deleteAsset(script.name);
        for (const licence of licences) compilation.deleteAsset(licence.name);
      });
    });
  }
}

module.exports = { SingleFilePlugin, inlineSafe };
