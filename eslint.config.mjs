// The import direction of src/ is held here, not by reviewers' memory:
// core <- xlsx <- taskpane, core <- excel <- taskpane, core <- xlsx <- cli. core reaches no host.
// Inside core: the generic pieces <- kinds (one folder per kind of form) <- pipeline (locate,
// check, consolidate, describe: the kinds looked up and called). test/lint/import-graph.test.ts
// proves there is no circle at all, between files or between core's folders.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

const hostModules = [
  "react", "react-dom", "react-dom/*", "exceljs", "fflate", "saxes", "@fluentui/*",
  "fs", "fs/*", "node:*", "path", "os", "child_process", "worker_threads", "stream", "zlib", "crypto",
];
// Matches relative imports that climb into another layer of src/ ("../cli", "../../excel/x"),
// not a sibling file that happens to share the name ("./cli" inside src/core/messages).
const layer = (name) => ({ regex: `^(\\.\\./)+${name}(/|$)`, message: `this layer must not import src/${name}` });

// Core reaches no host, file or UI library and no outer layer; a later block for a part of
// core replaces this rule there, so it restates these patterns and adds its own.
const coreImports = (...more) => ["error", {
  paths: hostModules.filter((m) => !m.includes("*")).map((name) => ({ name, message: "src/core is pure: no host, file or UI library" })),
  patterns: [
    { group: hostModules.filter((m) => m.includes("*")), message: "src/core is pure: no host, file or UI library" },
    layer("xlsx"), layer("excel"), layer("taskpane"), layer("cli"),
    ...more,
  ],
}];

export default tseslint.config(
  { ignores: ["dist/**", ".build/**", "node_modules/**", "coverage/**", "*.config.js", "bin/**", ".bench/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": coreImports(),
      "no-restricted-globals": ["error",
        { name: "window", message: "src/core runs without a DOM" },
        { name: "document", message: "src/core runs without a DOM" },
        { name: "Office", message: "Office.js belongs in src/excel" },
        { name: "Excel", message: "Office.js belongs in src/excel" },
        { name: "process", message: "src/core runs in the browser too" },
        { name: "Buffer", message: "src/core runs in the browser too" },
        { name: "require", message: "src/core uses imports" },
      ],
    },
  },
  {
    // Core's generic folders know no kind of form and no pipeline; a kind knows no pipeline.
    files: ["src/core/**/*.ts"],
    ignores: ["src/core/kinds/*/**", "src/core/pipeline/**", "src/core/sample/**"],
    rules: {
      "no-restricted-imports": coreImports(
        { regex: "^(\\.\\./)+(kinds|pipeline)(/|$)", message: "core's generic folders must not import a kind of form or the pipeline: pass what they need in" },
      ),
    },
  },
  {
    // A kind's own folder; the registry beside the folders imports them all.
    files: ["src/core/kinds/*/**/*.ts"],
    rules: {
      "no-restricted-imports": coreImports(
          { regex: "^(\\.\\./)+pipeline(/|$)", message: "a kind of form must not import the pipeline that calls it" },
          { regex: "^\\.\\./(?!kind$|\\.\\./)", message: "a kind of form imports no other kind and not the registry: only ../kind and core's generic folders" },
      ),
    },
  },
  {
    files: ["src/xlsx/**/*.ts"],
    rules: {
      // The reader and writer run in the task pane (a browser) as well as in Node.
      "no-restricted-imports": ["error", { patterns: [layer("excel"), layer("taskpane"), layer("cli"),
        { group: ["react", "react-dom", "@fluentui/*"], message: "src/xlsx has no UI" },
        { group: ["fs", "fs/*", "node:*", "path", "os", "child_process", "worker_threads", "stream", "zlib", "crypto"], message: "src/xlsx runs in the browser too" }] }],
      "no-restricted-globals": ["error",
        { name: "Office", message: "Office.js belongs in src/excel" },
        { name: "Excel", message: "Office.js belongs in src/excel" },
        { name: "Buffer", message: "src/xlsx runs in the browser too: use Uint8Array" },
        { name: "process", message: "src/xlsx runs in the browser too" }],
    },
  },
  {
    files: ["src/excel/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [layer("taskpane"), layer("cli"),
        { group: ["react", "react-dom", "@fluentui/*"], message: "src/excel is the thin Office.js adapter: no UI" }] }],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-restricted-imports": ["error", { patterns: [layer("cli"), { group: ["fs", "node:*", "path", "child_process"], message: "the task pane runs in a browser" }] }],
      "no-restricted-globals": ["error", { name: "Excel", message: "every Excel.run lives in src/excel" }],
    },
  },
  {
    files: ["src/cli/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [layer("excel"), layer("taskpane")] }] },
  },
  {
    // Runs before the bundle in Internet Explorer 11 too: a script with browser globals (ES5, which a test checks with acorn).
    files: ["src/taskpane/unsupported/*.js"],
    languageOptions: {
      sourceType: "script",
      globals: { window: "readonly", document: "readonly", globalThis: "readonly", __HTSD_UNSUPPORTED_TEXT__: "readonly" },
    },
    rules: { "no-var": "off", "no-new-func": "off", "no-new": "off" },
  },
);
