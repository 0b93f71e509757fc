export * from "./description";
export * from "./fit";
export * from "./cells-of";
