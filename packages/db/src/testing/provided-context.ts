// What this global setup provides to test files. Declared in a module that createTestDatabase imports
// too, so every package that uses it typechecks without a copy of this declaration.
export {};

declare module "vitest" {
  export interface ProvidedContext {
    /** A URL on the test server with the right to create databases. */
    testServerUrl: string;
    /** The migrated database each test file clones. */
    templateDatabase: string;
  }
}
