/** What the caller says of a blank form: the year it is for, and the names for its header. */
export interface FormSheetOptions {
  year: number;
  unit?: string;
  parent?: string;
  sheetName?: string;
}
