/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, module, console */
// Prints what the task pane costs to open: each JS file loaded before the first paint
// (the entry's initial chunks), gzipped as a CDN would serve it, and their total.
// Lazy chunks (import() of ExcelJS, the reader) are listed apart, since they load on demand.
"use strict";
const zlib = require("zlib");

function kb(bytes) {
  return (bytes / 1024).toFixed(1).padStart(8) + " KB";
}

class GzipSizePlugin {
  apply(compiler) {
    let report = null;
    // Measured while the final (minified) sources are still in memory; printed after
    // webpack's own stats so that the total is the last thing on the screen.
    compiler.hooks.thisCompilation.tap("GzipSizePlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "GzipSizePlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const initial = new Set();
          for (const entry of compilation.entrypoints.values()) {
            for (const file of entry.getFiles()) if (file.endsWith(".js")) initial.add(file);
          }
          const gz = (file) => zlib.gzipSync(compilation.getAsset(file).source.buffer(), { level: 9 }).length;
          const js = compilation.getAssets().map((a) => a.name).filter((name) => name.endsWith(".js"));
          report = {
            initial: [...initial].sort().map((file) => [file, gz(file)]),
            lazy: js.filter((name) => !initial.has(name)).sort().map((file) => [file, gz(file)]),
          };
        },
      );
    });
    compiler.hooks.afterDone.tap("GzipSizePlugin", () => {
      if (!report) return;
      const total = report.initial.reduce((sum, [, size]) => sum + size, 0);
      const lines = ["", "gzip size of the task pane's initial JavaScript:"];
      for (const [file, size] of report.initial) lines.push(`  ${kb(size)}  ${file}`);
      lines.push(`  ${kb(total)}  total initial JS (gzip)`);
      if (report.lazy.length) {
        lines.push("lazy chunks (gzip), loaded on demand:");
        for (const [file, size] of report.lazy) lines.push(`  ${kb(size)}  ${file}`);
      }
      console.log(lines.join("\n") + "\n");
      report = null;
    });
  }
}

module.exports = GzipSizePlugin;
