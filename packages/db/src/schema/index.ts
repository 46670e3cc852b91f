export * from "./curation";
export * from "./imports";
export * from "./institutions";
export * from "./practices";
export * from "./reference";
export * from "./search";
export * from "./taxonomy";
export * from "./users";
