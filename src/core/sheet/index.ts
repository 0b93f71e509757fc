export * from "./description";
export * from "./fit";
