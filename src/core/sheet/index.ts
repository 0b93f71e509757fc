export * from "./description";
