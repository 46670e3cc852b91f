// When the public site's search index answers: benchmarks measure the index, not the SQL path that
// answers while each worker process builds its own after a start.
import { get } from "node:http";

/**
 * Waits until the API answers from the in-process index (the X-Search-Engine header) in every
 * worker process, and returns how long after `since` that was; null for a server without that
 * header (SQL only, as before). Each ask is a new connection, which the server's primary process
 * hands to its workers in turn, so 8 in a row from the index mean that every worker has its index.
 */
export async function engineReady(base: string, since: number): Promise<number | null> {
  // SEARCH_INDEX=off (passed on to the server): SQL answers every search, no index will be ready.
  if (process.env.SEARCH_INDEX === "off") return null;
  for (let inARow = 0; inARow < 8;) {
    const engine = await engineHeader(`${base}/api/practices?pageSize=1`);
    if (engine === undefined) return null;
    inARow = engine === "index" ? inARow + 1 : 0;
    if (engine !== "index") await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return Date.now() - since;
}

/** The X-Search-Engine header of a GET on a connection of its own. */
function engineHeader(url: string): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    get(url, { agent: false }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.headers["x-search-engine"] as string | undefined));
    }).on("error", reject);
  });
}
