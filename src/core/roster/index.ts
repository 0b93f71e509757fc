export * from "./expected";
