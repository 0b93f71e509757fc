export * from "./page-grid";
export * from "./names";
export { S as styles } from "./styles";
export * from "./header-block";
export * from "./cell-sink";
export { blankSafeSum, isBlankSafeSum } from "./blank-safe-sum";
export type { FormSheetOptions } from "./form-sheet-options";
export * from "./print";
export * from "./signed-block";
