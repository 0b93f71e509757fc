export * from "./ids";
export * from "./weeks";
export { versionOf, requireVersion } from "./version-of";
