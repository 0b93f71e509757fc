/*
 * Where the pane cannot run: Office 2016/2019 (volume-licensed) open add-ins in Internet
 * Explorer 11, early Windows 10 builds in EdgeHTML, and an old browser may open the page
 * too. The bundle targets ES2020 (its vendor chunk ES2022), so there it would leave a blank
 * pane. This script runs first, in any of them, and either lets the bundle start or puts
 * in its place what this Excel can do instead.
 *
 * ES5 only, no library: test/taskpane-boot/unsupported.test.ts parses it (texts filled in)
 * as ES5, and the browser test reads the one in dist/taskpane.html the same way. The texts come from src/core/messages/unsupported.ts: the build puts
 * them where __HTSD_UNSUPPORTED_TEXT__ stands (scripts/webpack/unsupported-script.js).
 */
(function (w, d, TEXT) {
  "use strict";

  /** A syntax the bundle uses; an EvalError (a page forbidding eval) says nothing about syntax. */
  function parses(code) {
    try {
      new Function(code);
      return true;
    } catch (e) {
      return !(e instanceof SyntaxError);
    }
  }

  function has(value) {
    return typeof value === "function" || (typeof value === "object" && value !== null);
  }

  function supported() {
    var ua = (w.navigator && w.navigator.userAgent) || "";
    // Trident (IE11, documentMode) and EdgeHTML ("Edge/18"; the Chromium Edge says "Edg/").
    if (d.documentMode || /Trident\/|MSIE /.test(ua) || /\bEdge\/\d/.test(ua)) return false;
    var apis = [w.Promise, w.Map, w.Set, w.WeakMap, w.Symbol, w.Proxy, w.Reflect, w.TextDecoder, w.TextEncoder, w.Uint8Array, w.Blob, w.URL, w.FileReader];
    for (var i = 0; i < apis.length; i++) if (!has(apis[i])) return false;
    if (typeof globalThis === "undefined" || !has(Object.fromEntries) || !has(Array.prototype.flatMap) || !has(String.prototype.matchAll)) return false;
    if (!has(w.Blob.prototype.arrayBuffer) || !has(w.Promise.allSettled)) return false;
    // ES2020 operators, and the class features (static blocks, private fields) of the vendor chunk.
    return parses("var o = {}; return o?.a ?? 1;") && parses("class A { static { } #p = 1; m() { return this.#p; } }");
  }

  function element(tag, text) {
    var e = d.createElement(tag);
    if (text) e.appendChild(d.createTextNode(text));
    return e;
  }

  function show() {
    var root = d.getElementById("root") || d.body;
    while (root.firstChild) root.removeChild(root.firstChild);
    var l = w.location;
    var page = l.protocol + "//" + l.host + l.pathname;
    var box = element("div");
    box.setAttribute("role", "alert");
    box.style.cssText = "font-family: 'Segoe UI', Arial, sans-serif; font-size: 14px; line-height: 1.45; color: #242424; padding: 12px; max-width: 40em;";
    var title = element("h1", TEXT["unsupported.title"]);
    title.style.cssText = "font-size: 18px; margin: 0 0 8px;";
    box.appendChild(title);
    box.appendChild(element("p", TEXT["unsupported.why"]));
    var list = element("ol");
    list.style.paddingLeft = "1.4em";
    var options = [TEXT["unsupported.option.page"].replace("{url}", page), TEXT["unsupported.option.web"], TEXT["unsupported.option.form"]];
    for (var i = 0; i < options.length; i++) {
      var item = element("li", options[i]);
      item.style.marginBottom = "6px";
      list.appendChild(item);
    }
    box.appendChild(list);
    root.appendChild(box);
  }

  if (supported()) return;
  // The bundle (deferred, so it runs after this) reads the flag and does not start.
  w.__htsdUnsupported = true;
  show();
})(window, document, __HTSD_UNSUPPORTED_TEXT__);
