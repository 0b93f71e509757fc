export * from "./marker";
