/**
 * The import direction is held by the linter; this proves the linter holds it, by
 * linting snippets as if they sat in each layer.
 */
import { execFileSync } from "node:child_process";
import * as path from "node:path";

const root = path.resolve(__dirname, "../..");

type Case = { file: string; code: string; rule: string | null };

const core = (code: string): Case => ({ file: "src/core/forms/probe.ts", code: `${code}\nexport const probe = 1;\n`, rule: "no-restricted-imports" });
const coreGlobal = (line: string): Case => ({ file: "src/core/check/probe.ts", code: `export function f(): void {\n  ${line}\n}\n`, rule: "no-restricted-globals" });
const layer = (file: string, code: string): Case => ({ file, code: `${code}\nexport const probe = x;\n`, rule: "no-restricted-imports" });

const CASES: Case[] = [
  core('import ExcelJS from "exceljs";'),
  core('import { unzipSync } from "fflate";'),
  core('import { SaxesParser } from "saxes";'),
  core('import * as fs from "node:fs";'),
  core('import { readFileSync } from "fs";'),
  core('import React from "react";'),
  core('import { Button } from "@fluentui/react-components";'),
  core('import { renderWorkbook } from "../xlsx/writer";'),
  core('import { run } from "../../cli/main";'),
  core('import { freeSheetNames } from "../excel/port";'),
  coreGlobal("window.alert(1);"),
  coreGlobal("void document.title;"),
  coreGlobal("void Excel.run(async () => {});"),
  coreGlobal("Office.onReady();"),
  coreGlobal("process.exit(1);"),
  coreGlobal("Buffer.from([]);"),
  layer("src/xlsx/reader/probe.ts", 'import { x } from "../../taskpane/app";'),
  layer("src/xlsx/reader/probe.ts", 'import { x } from "../../excel/port";'),
  layer("src/xlsx/reader/probe.ts", 'import { readFileSync as x } from "node:fs";'),
  { file: "src/xlsx/writer/probe.ts", code: "export const x = Buffer.from([]);\n", rule: "no-restricted-globals" },
  layer("src/excel/probe.ts", 'import { x } from "../taskpane/app";'),
  layer("src/excel/probe.ts", 'import { Button as x } from "@fluentui/react-components";'),
  layer("src/taskpane/probe.ts", 'import { run as x } from "../cli/main";'),
  layer("src/cli/probe.ts", 'import { x } from "../excel/port";'),
  { file: "src/taskpane/probe.ts", code: "export const f = () => Excel.run(async () => {});\n", rule: "no-restricted-globals" },
  // Inside core: generic folders know no kind and no pipeline; a kind knows no pipeline, no other kind, no registry.
  layer("src/core/locate/probe.ts", 'import { KINDS as x } from "../kinds";'),
  layer("src/core/check/probe.ts", 'import { statsTable as x } from "../kinds/stats-table";'),
  layer("src/core/consolidate/sheets/probe.ts", 'import { consolidate as x } from "../../pipeline";'),
  layer("src/core/kinds/stats-table/probe.ts", 'import { consolidate as x } from "../../pipeline";'),
  layer("src/core/kinds/stats-table/probe.ts", 'import { reportOutline as x } from "../report-outline";'),
  layer("src/core/kinds/report-outline/probe.ts", 'import { KINDS as x } from "../registry";'),
  layer("src/core/kinds/stats-table/probe.ts", 'import { readFileSync as x } from "node:fs";'),
  // Allowed: the core importing itself, including a sibling file named like a layer.
  { file: "src/core/messages/probe.ts", code: 'import { cliMessages } from "./cli";\nimport { FORM_IDS } from "../forms";\nexport const x = [cliMessages, FORM_IDS];\n', rule: null },
  { file: "src/core/pipeline/probe.ts", code: 'import { ALL_KINDS } from "../kinds";\nimport { locateForm } from "./locate-form";\nexport const x = [ALL_KINDS, locateForm];\n', rule: null },
  { file: "src/core/kinds/stats-table/probe.ts", code: 'import type { FormKind } from "../kind";\nimport { textOf } from "../../text";\nexport const x: [FormKind | undefined, typeof textOf] = [undefined, textOf];\n', rule: null },
  { file: "src/taskpane/probe.ts", code: 'import { freeSheetNames } from "../excel/port";\nexport const x = freeSheetNames;\n', rule: null },
];

// ESLint's flat config is an ES module, which jest's module system cannot load: lint in
// a plain Node child, every snippet in one go.
const LINT = `
const { ESLint } = require("eslint");
const path = require("path");
const cases = JSON.parse(require("fs").readFileSync(0, "utf8"));
(async () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = [];
  for (const c of cases) {
    const [r] = await eslint.lintText(c.code, { filePath: path.resolve(c.file) });
    out.push(r.messages.map((m) => m.ruleId || m.message));
  }
  process.stdout.write(JSON.stringify(out));
})();`;

let hits: string[][] = [];
beforeAll(() => {
  hits = JSON.parse(execFileSync(process.execPath, ["-e", LINT], { cwd: root, input: JSON.stringify(CASES) }).toString("utf8"));
});

describe("the layer boundary", () => {
  it.each(CASES.map((c, i) => [`${c.file}: ${c.code.split("\n")[0]!.trim()}`, i] as const))("%s", (_name, i) => {
    const c = CASES[i]!;
    if (c.rule === null) expect(hits[i]).toEqual([]);
    else expect(hits[i]).toContain(c.rule);
  });
});
