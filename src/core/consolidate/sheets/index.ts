export * from "./common";
export { logSheet, statusLabel } from "./log-sheet";
