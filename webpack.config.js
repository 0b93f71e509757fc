/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, module, process, __dirname, console */
// Two builds from one file: the task pane (browser) and the `htsd` CLI (Node).
// `webpack serve` builds only the task pane: the CLI has nothing to serve.
"use strict";
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const GzipSizePlugin = require("./scripts/webpack/gzip-size-plugin");
const { unsupportedScript } = require("./scripts/webpack/unsupported-script");
const { SingleFilePlugin } = require("./scripts/webpack/single-file-plugin");

// The ONE place that knows where the add-in lives. The manifest is written against the dev
// server; a production build copies it with every dev address replaced by the public one.
const urlDev = "https://localhost:3000/";
const urlProd = withTrailingSlash(process.env.HTSD_PUBLIC_URL || "https://htsd.example.vn/");
const devPort = 3000;
// `declare const HTSD_VERSION` in the sources: the version printed by `htsd --version`.
const defineVersion = new webpack.DefinePlugin({ HTSD_VERSION: JSON.stringify(require("./package.json").version) });
// `declare const HTSD_NODE_MIN`: the oldest Node.js the CLI runs on, from `engines` (">=18" gives "18").
const defineNodeMin = new webpack.DefinePlugin({ HTSD_NODE_MIN: JSON.stringify(require("./package.json").engines.node.replace(/^>=\s*/, "")) });

function withTrailingSlash(url) {
  return url.endsWith("/") ? url : url + "/";
}

/** manifest.xml for production: full URLs first, then the bare origin used by <AppDomain>. */
function productionManifest(xml) {
  const devOrigin = new URL(urlDev).origin;
  const prodOrigin = new URL(urlProd).origin;
  return xml.split(urlDev).join(urlProd).split(devOrigin).join(prodOrigin);
}

/**
 * TypeScript through ts-loader, types left to `tsc --noEmit`. The task pane keeps ES modules so
 * that `import()` becomes its own chunk. The CLI is compiled to CommonJS, as jest runs it
 * (tsconfig.jest.json): its `require.main === module` then means "this bundle is the program",
 * which the ES-module wrapper webpack would otherwise put around `module` breaks.
 */
function tsRule(target) {
  const esm = target === "web";
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: "ts-loader",
      options: {
        transpileOnly: true,
        configFile: path.resolve(__dirname, "tsconfig.json"),
        // tsconfig.json says noEmit (it is for `tsc --noEmit`); the loader has to emit.
        compilerOptions: esm
          ? { noEmit: false, module: "esnext", sourceMap: true }
          : { noEmit: false, module: "commonjs", moduleResolution: "node10", sourceMap: true },
      },
    },
  };
}

const resolve = { extensions: [".ts", ".tsx", ".js"] };

/**
 * https with the Office dev certificates when they can be had, else plain http: the pane
 * still opens in a browser, only Office refuses it. Never throws.
 */
async function devServerTransport() {
  if (process.env.HTSD_DEV_HTTP === "1") {
    console.warn("[htsd] HTSD_DEV_HTTP=1: máy chủ thử chạy bằng http (http mode, no certificates).");
    return "http";
  }
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch (error) {
    console.warn(
      [
        "",
        "[htsd] Không cài được chứng chỉ https cho localhost; máy chủ thử sẽ chạy bằng http.",
        "[htsd] Could not install the localhost https certificates; the dev server falls back to http.",
        `[htsd] (${error && error.message ? error.message.split("\n")[0] : error})`,
        "[htsd] Excel cần https: chạy `npx office-addin-dev-certs install` rồi `npm start` lại.",
        "[htsd] Excel needs https: run `npx office-addin-dev-certs install`, then `npm start` again.",
        "",
      ].join("\n"),
    );
    return "http";
  }
}

async function taskpaneConfig(dev, serve) {
  return {
    name: "taskpane",
    context: __dirname,
    target: ["web", "es2020"],
    mode: dev ? "development" : "production",
    devtool: "source-map",
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      publicPath: "auto",
      // The CLI and single-file builds write dist/cli/ and dist/htsd.html at the same time: leave them alone.
      clean: { keep: /^(?:cli[\\/]|htsd\.html$)/ },
    },
    resolve,
    module: { rules: [tsRule("web")] },
    optimization: {
      // `import()` (ExcelJS, the reader) becomes its own chunk; vendor code shared by
      // several chunks is split out once instead of being copied into each.
      // The pane's worker is the exception: one script, not six. Each worker loads its scripts
      // one after another, synchronously, before it can check a file, and three start at once.
      splitChunks: { chunks: (chunk) => chunk.name !== "pane-worker" },
    },
    plugins: [
      defineVersion,
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/index.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
        templateParameters: { unsupportedScript: unsupportedScript(), officeJs: true },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : productionManifest(content.toString())),
          },
        ],
      }),
      ...(dev ? [] : [new GzipSizePlugin()]),
    ],
    performance: { hints: dev ? false : "warning", maxEntrypointSize: 1024 * 1024, maxAssetSize: 1024 * 1024 },
    stats: { preset: "normal", assetsSort: "!size", modules: false },
    devServer: serve
      ? {
          // Only this machine: Office loads the pane from https://localhost:3000.
          host: "localhost",
          port: devPort,
          server: await devServerTransport(),
          headers: { "Access-Control-Allow-Origin": "*" },
          static: false,
          hot: true,
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
}

function cliConfig(dev) {
  return {
    name: "cli",
    context: __dirname,
    target: "node18",
    mode: dev ? "development" : "production",
    devtool: "source-map",
    // node-check is loaded first by bin/htsd.js, on whatever Node.js the user has.
    entry: { htsd: "./src/cli/main.ts", worker: "./src/cli/worker.ts", "node-check": "./src/cli/node-check.ts" },
    output: {
      path: path.resolve(__dirname, "dist/cli"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      library: { type: "commonjs2" },
      clean: true,
    },
    resolve,
    module: { rules: [tsRule("node")] },
    externalsPresets: { node: true },
    // Every package stays a plain require() of node_modules: the CLI is installed with its
    // dependencies, and bundling exceljs & co. would only slow the build and blur stack traces.
    externals: [
      ({ request }, callback) => {
        if (request.startsWith(".") || path.isAbsolute(request)) return callback();
        return callback(null, "commonjs " + request);
      },
    ],
    // The worker is found next to htsd.js at run time, so __dirname must be the output folder.
    node: { __dirname: false, __filename: false },
    plugins: [defineVersion, defineNodeMin],
    optimization: { minimize: false },
    stats: { preset: "minimal" },
  };
}

/**
 * The single-file page, dist/htsd.html, for offices without Microsoft 365 and for old PCs:
 * opened from disk or an e-mail attachment it loads nothing, not even office.js. Two
 * builds: the check worker first, as one script (into .build/, not a deliverable); then
 * the page, with the lazy chunks folded into its one script (LimitChunkCountPlugin), the
 * worker's script written in as a string (spawn-check-worker.inline.ts), and everything
 * inlined into the HTML (SingleFilePlugin).
 */
const standaloneWorkerDir = path.resolve(__dirname, ".build/standalone-worker");

function standaloneWorkerConfig(dev) {
  return {
    name: "standalone-worker",
    context: __dirname,
    target: ["webworker", "es2020"],
    mode: dev ? "development" : "production",
    devtool: false,
    entry: { "check-worker": "./src/taskpane/services/check.worker.ts" },
    output: { path: standaloneWorkerDir, filename: "[name].js", publicPath: "", clean: true },
    resolve,
    module: { rules: [tsRule("web")] },
    plugins: [defineVersion, new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 })],
    performance: { hints: false },
    stats: { preset: "minimal" },
  };
}

function standaloneConfig(dev) {
  const workerFile = path.join(standaloneWorkerDir, "check-worker.js");
  return {
    name: "standalone",
    dependencies: ["standalone-worker"],
    context: __dirname,
    target: ["web", "es2020"],
    mode: dev ? "development" : "production",
    devtool: false,
    entry: { htsd: "./src/taskpane/index.tsx" },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", publicPath: "", clean: false },
    resolve,
    module: { rules: [tsRule("web")] },
    optimization: { splitChunks: false, runtimeChunk: false },
    plugins: [
      defineVersion,
      new webpack.NormalModuleReplacementPlugin(/[\\/]spawn-check-worker$/, (resource) => {
        resource.request = resource.request.replace(/spawn-check-worker$/, "spawn-check-worker.inline");
      }),
      new webpack.DefinePlugin({
        // Read when the page's build reaches the module, after the worker's build has written it.
        HTSD_CHECK_WORKER_SOURCE: webpack.DefinePlugin.runtimeValue(() => JSON.stringify(fs.readFileSync(workerFile, "utf8")), { fileDependencies: [workerFile] }),
      }),
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      new HtmlWebpackPlugin({
        filename: "htsd.html",
        template: "./src/taskpane/index.html",
        inject: "body",
        scriptLoading: "blocking",
        templateParameters: { unsupportedScript: unsupportedScript(), officeJs: false },
      }),
      new SingleFilePlugin({ html: "htsd.html", context: __dirname }),
    ],
    performance: { hints: false },
    stats: { preset: "minimal" },
  };
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const serve = Boolean(env.WEBPACK_SERVE);
  const taskpane = await taskpaneConfig(dev, serve);
  return serve ? [taskpane] : [taskpane, cliConfig(dev), standaloneWorkerConfig(dev), standaloneConfig(dev)];
};

module.exports.productionManifest = productionManifest;
module.exports.urlProd = urlProd;
