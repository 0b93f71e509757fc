/**
 * Reading sheets of the open workbook as the core's cell model: one sync per sheet, the
 * workbook's names riding along with the first, so N sheets cost exactly N syncs however
 * many rows they hold.
 */
import type { RawDefinedName, RawWorkbook } from "../core/cells";
import { SETS, requireSet, supports } from "./requirements";
import { runExcel } from "./run";
import type { TextFormatMemory } from "./text-formats";
import { definedName, sheetFromGrid, type NameItem, type UsedGrid } from "./to-raw";

const RANGE_PROPS = "rowIndex, columnIndex, values, formulas, numberFormat, valueTypes";

export async function readSheets(names: readonly string[], memory: TextFormatMemory): Promise<RawWorkbook> {
  requireSet(SETS.base, "read");
  const workbook: RawWorkbook = { sheets: [], definedNames: [] };
  if (names.length === 0) return workbook;
  const nullObjects = supports(SETS.nullObjects);
  const valuesOnly = supports(SETS.usedRangeValuesOnly);
  const sheetScoped = supports(SETS.sheetScopedNames);
  // NamedItem name/type/value: ExcelApi 1.1; formula: 1.7 (else rebuilt from type and value).
  const withFormula = supports(SETS.nameFormula);
  const nameProps = withFormula ? "items/name, items/type, items/value, items/formula" : "items/name, items/type, items/value";

  return runExcel("read", async (context, where) => {
    for (const [index, wanted] of names.entries()) {
      where.sheet = wanted;
      // ExcelApi 1.1: getItem, Worksheet.name, Worksheet.visibility (reading it).
      const ws = context.workbook.worksheets.getItem(wanted).load("name, visibility");
      // valuesOnly: a form's styled but empty cells (borders down to the signature) are not
      // content, and a sheet formatted to its last row must not send a million empty cells.
      // getUsedRangeOrNullObject: ExcelApi 1.4; getUsedRange: 1.1, its valuesOnly: 1.2. On an
      // empty sheet the former is a null object and the latter A1, blank either way.
      const used = nullObjects ? ws.getUsedRangeOrNullObject(true) : valuesOnly ? ws.getUsedRange(true) : ws.getUsedRange();
      used.load(RANGE_PROPS);
      // Workbook.names: ExcelApi 1.1 (workbook scope only); Worksheet.names: 1.4.
      const bookNames = index === 0 ? context.workbook.names.load(nameProps) : undefined;
      const localNames = sheetScoped ? ws.names.load(nameProps) : undefined;
      await context.sync();

      const grid: UsedGrid | undefined = nullObjects && used.isNullObject ? undefined : used;
      const { sheet, textFormatted } = sheetFromGrid(ws.name, ws.visibility, grid);
      memory.remember(ws.name, textFormatted);
      workbook.sheets.push(sheet);
      if (bookNames) workbook.definedNames.push(...toNames(bookNames.items, withFormula));
      if (localNames) workbook.definedNames.push(...toNames(localNames.items, withFormula, index));
    }
    return workbook;
  });
}

/** `withFormula`: NamedItem.formula was loaded; reading it where 1.7 is missing would throw ApiNotFound. */
function toNames(items: readonly Excel.NamedItem[], withFormula: boolean, localSheet?: number): RawDefinedName[] {
  return items.flatMap((item) => {
    const loaded: NameItem = { name: item.name, type: item.type, value: item.value, ...(withFormula ? { formula: item.formula } : {}) };
    const name = definedName(loaded, localSheet);
    return name ? [name] : [];
  });
}
