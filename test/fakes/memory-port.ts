/**
 * An in-memory WorkbookPort for tests of the task pane: a workbook of RawSheets by name,
 * which records every insert (base64, names, replace), selection and applied fix, and can
 * refuse to insert, as an Excel without ExcelApi 1.13 does. It behaves like Excel where
 * the pane depends on it: sheet names are compared without case, inserting a name that
 * exists fails unless it is being replaced, and fixes land in the cells they name.
 * Plain TypeScript, no test-runner import, so an e2e page can bundle it too.
 */
import { emptySheet, parseA1, setCell, type RawDefinedName, type RawSheet, type RawWorkbook } from "../../src/core/cells";
import type { Fix } from "../../src/core/check";
import type { InsertRequest, SheetList, WorkbookPort } from "../../src/excel/port";

export interface MemoryPortOptions {
  sheets?: RawSheet[];
  /** Default: the first sheet. */
  active?: string;
  definedNames?: RawDefinedName[];
  /** False: an Excel without ExcelApi 1.13 (`insertSheets` throws, `canInsertSheets()` says so). */
  canInsert?: boolean;
  /**
   * Turns an inserted workbook into the sheets Excel would add (e.g. with the real reader),
   * so a test can read what was inserted. Without it, empty sheets of the requested names.
   */
  decode?(base64: string): RawSheet[];
}

export interface Selection {
  sheet: string;
  cell: string;
}

export class MemoryPort implements WorkbookPort {
  readonly sheets: RawSheet[];
  active: string;
  canInsert: boolean;
  definedNames: RawDefinedName[];
  /** Every successful `insertSheets` request, in order. */
  readonly inserts: InsertRequest[] = [];
  readonly selections: Selection[] = [];
  /** One entry per `applyFixes` call. */
  readonly fixCalls: Fix[][] = [];
  /** The names asked for by each `readSheets` call. */
  readonly reads: string[][] = [];
  private readonly decode?: (base64: string) => RawSheet[];

  constructor(options: MemoryPortOptions = {}) {
    this.sheets = options.sheets ?? [emptySheet("Sheet1")];
    this.active = options.active ?? this.sheets[0]?.name ?? "";
    this.definedNames = options.definedNames ?? [];
    this.canInsert = options.canInsert ?? true;
    this.decode = options.decode;
  }

  /** The sheet of that name (Excel's comparison: without case), or undefined. */
  sheet(name: string): RawSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  get names(): string[] {
    return this.sheets.map((s) => s.name);
  }

  canInsertSheets(): boolean {
    return this.canInsert;
  }

  async listSheets(): Promise<SheetList> {
    return { names: this.names, active: this.active };
  }

  async insertSheets(req: InsertRequest): Promise<void> {
    if (!this.canInsert) throw new Error("insertWorksheetsFromBase64 needs ExcelApi 1.13");
    const replace = req.replace ?? [];
    for (const name of replace) if (!this.sheet(name)) throw new Error(`no sheet "${name}" to replace`);
    const remaining = this.sheets.filter((s) => !replace.some((r) => r.toLowerCase() === s.name.toLowerCase()));
    for (const name of req.sheetNames) {
      if (remaining.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`a sheet named "${name}" already exists`);
    }
    const added = this.decode ? this.decode(req.base64) : req.sheetNames.map((n) => emptySheet(n));
    const addedNames = added.map((s) => s.name);
    if (JSON.stringify(addedNames) !== JSON.stringify(req.sheetNames)) {
      throw new Error(`the workbook holds sheets ${JSON.stringify(addedNames)}, the request names ${JSON.stringify(req.sheetNames)}`);
    }
    const at = Math.max(0, remaining.findIndex((s) => s.name === this.active)) + 1;
    remaining.splice(Math.min(at, remaining.length), 0, ...added);
    this.sheets.splice(0, this.sheets.length, ...remaining);
    this.active = added[0]!.name;
    this.inserts.push({ ...req, sheetNames: [...req.sheetNames], ...(req.replace ? { replace: [...req.replace] } : {}) });
  }

  async readSheets(names: readonly string[]): Promise<RawWorkbook> {
    this.reads.push([...names]);
    const sheets = names.map((n) => {
      const s = this.sheet(n);
      if (!s) throw new Error(`no sheet "${n}"`);
      return s;
    });
    const indexOf = (i: number) => sheets.indexOf(this.sheets[i]!);
    const definedNames = this.definedNames
      .filter((d) => d.localSheet === undefined || indexOf(d.localSheet) >= 0)
      .map((d) => (d.localSheet === undefined ? { ...d } : { ...d, localSheet: indexOf(d.localSheet) }));
    return { sheets: sheets.map(copySheet), definedNames };
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    const s = this.sheet(sheet);
    if (!s || !parseA1(cell)) throw new Error(`no cell ${sheet}!${cell}`);
    this.active = s.name;
    this.selections.push({ sheet: s.name, cell });
  }

  async applyFixes(fixes: readonly Fix[]): Promise<void> {
    this.fixCalls.push(fixes.map((f) => ({ ...f })));
    for (const f of fixes) {
      const s = this.sheet(f.sheet);
      const at = parseA1(f.cell);
      if (!s || !at) throw new Error(`no cell ${f.sheet}!${f.cell}`);
      setCell(s, at.row, at.col, { kind: "number", value: f.value, numFmt: "#,##0" });
    }
  }
}

function copySheet(s: RawSheet): RawSheet {
  return { ...s, cells: new Map([...s.cells].map(([k, c]) => [k, { ...c }])) };
}
