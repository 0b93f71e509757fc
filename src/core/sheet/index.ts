export * from "./description";
export * from "./fit";
export * from "./row-run";
