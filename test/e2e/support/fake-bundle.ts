/**
 * Bundles the Excel fake and the project's .xlsx reader for the page (../page/fake-excel-entry.ts)
 * with webpack's Node API, into a temporary folder: one classic script, no chunks, so that
 * `addInitScript` can run it before any of the pane's code.
 */
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import webpack from "webpack";

const root = resolve(__dirname, "../../..");

export async function bundleFakeExcel(outDir = mkdtempSync(join(tmpdir(), "htsd-e2e-fake-"))): Promise<string> {
  const compiler = webpack({
    context: root,
    mode: "development",
    target: ["web", "es2020"],
    devtool: false,
    entry: { "fake-excel": "./test/e2e/page/fake-excel-entry.ts" },
    output: { path: outDir, filename: "[name].js", iife: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: join(root, "tsconfig.json"),
              compilerOptions: { noEmit: false, module: "esnext", sourceMap: false },
            },
          },
        },
      ],
    },
    optimization: { splitChunks: false, runtimeChunk: false },
    plugins: [new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 })],
    performance: { hints: false },
    stats: "errors-only",
  });
  const stats = await new Promise<webpack.Stats>((ok, fail) => compiler.run((err, s) => (err || !s ? fail(err ?? new Error("webpack gave no stats")) : ok(s))));
  await new Promise<void>((ok) => compiler.close(() => ok()));
  if (stats.hasErrors()) throw new Error(`Bundling the Excel fake failed:\n${stats.toString("errors-only")}`);
  return join(outDir, "fake-excel.js");
}
