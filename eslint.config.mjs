// The import direction of src/ is held here, not by reviewers' memory:
// core <- xlsx <- excel <- taskpane, and core <- xlsx <- cli. core reaches no host.
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
      "no-restricted-imports": ["error", {
        paths: hostModules.filter((m) => !m.includes("*")).map((name) => ({ name, message: "src/core is pure: no host, file or UI library" })),
        patterns: [
          { group: hostModules.filter((m) => m.includes("*")), message: "src/core is pure: no host, file or UI library" },
          layer("xlsx"), layer("excel"), layer("taskpane"), layer("cli"),
        ],
      }],
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
