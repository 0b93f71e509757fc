export * from "./ids";
export * from "./weeks";
