/**
 * Which text cells were formatted as Text ("@") when their sheet was last read. Excel
 * keeps a number written into such a cell as text, so a fix must give the cell a number
 * format first; but the form's sheets are protected without "format cells", where setting
 * a format is AccessDenied. Knowing from the read which cells need it lets applyFixes
 * reformat only those, with no extra sync to look.
 */
export class TextFormatMemory {
  /** Keyed by lower-case sheet name: Excel compares sheet names without regard to case. */
  private readonly bySheet = new Map<string, Set<string>>();

  remember(sheet: string, cells: readonly string[]): void {
    this.bySheet.set(sheet.toLowerCase(), new Set(cells.map((c) => c.toUpperCase())));
  }

  isText(sheet: string, cell: string): boolean {
    return this.bySheet.get(sheet.toLowerCase())?.has(cell.replace(/\$/g, "").toUpperCase()) ?? false;
  }
}
