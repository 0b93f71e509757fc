export * from "./raw";
export * from "./address";
