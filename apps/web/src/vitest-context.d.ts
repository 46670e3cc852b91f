// What @gp/db's vitest global setup provides to test files (declared there; repeated here so that
// this package's typecheck, which does not compile that setup file, knows it).
import "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    testServerUrl: string;
    templateDatabase: string;
  }
}
