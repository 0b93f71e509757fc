/**
 * A sheet name as Excel writes it in a reference: bare when it is letters, digits and `_`
 * and could not be read as a cell address, else in single quotes with quotes doubled.
 * The .xls and .ods readers both write references this way, so a name's value reads the
 * same as the .xlsx twin's (`'Số liệu Tuần lễ'!$G$1`).
 */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
