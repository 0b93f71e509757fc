export * from "./expected";
export * from "./aliases";
export * from "./fold";
export * from "./match";
