export * from "./stats-table-grid";
export * from "./stats-table-sheet";
export * from "./names";
export { S as styles } from "./styles";
export * from "./report-outline-sheet";
export * from "./header-block";
export * from "./form-sheet";
