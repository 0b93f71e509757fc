export * from "./page-grid";
export * from "./names";
export { S as styles } from "./styles";
export * from "./header-block";
export * from "./cell-sink";
export type { FormSheetOptions } from "./form-sheet-options";
