import type { Db } from "../client-core";
import { SearchEngine } from "./engine";

export { SearchEngine } from "./engine";

const globalForSearch = globalThis as unknown as {
  gpSearchEngine?: Promise<SearchEngine>;
  gpSearchReady?: SearchEngine;
};

/**
 * This process's search engine once it is built, else undefined (and the build starts): until
 * then the search answers from SQL, which gives the same results (search/engine.test.ts), so a
 * restarted instance answers at once. A failed build is forgotten and tried again on the next call.
 */
export function readyEngine(db: Db): SearchEngine | undefined {
  globalForSearch.gpSearchEngine ??= SearchEngine.build(db).then(
    (engine) => (globalForSearch.gpSearchReady = engine),
    (error: unknown) => {
      globalForSearch.gpSearchEngine = undefined;
      console.error("The search index could not be built; searches use SQL until it is.", error);
      throw error;
    },
  );
  // The build's failure is reported above; callers never wait for it.
  globalForSearch.gpSearchEngine.catch(() => {});
  return globalForSearch.gpSearchReady;
}
