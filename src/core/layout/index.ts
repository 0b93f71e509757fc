export * from "./stats-table-grid";
export * from "./stats-table-sheet";
export * from "./names";
export { S as styles } from "./styles";
