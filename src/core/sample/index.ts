export * from "./random";
export * from "./school-values";
export * from "./fill";
export * from "./hand-typed";
