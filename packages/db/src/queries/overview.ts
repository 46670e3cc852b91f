import type { Db } from "../client-core";
import type { Lang } from "../search/analyser";
import type { SearchEngine } from "../search/engine";
import { latestAwardedFromIndex, type Overview, overviewFromIndex } from "../search/overview";
import { countryCounts, headlineCounts, latestAwarded } from "./browse";
import { topicFacet } from "./facets";
import type { PracticeListItem } from "./search";
import { everything } from "./search-filter";
import type { SnapshotCache } from "./snapshot-cache";

export type { Overview } from "../search/overview";

export interface OverviewOptions {
  /** The web instance's index: it answers once it has every change committed so far. */
  engine?: SearchEngine;
  /** Keeps SQL's figures while the database is unchanged (the index needs none). */
  cache?: SnapshotCache;
}

const fromCache = <T>(db: Db, cache: SnapshotCache | undefined, key: string, compute: () => Promise<T>) =>
  cache ? cache.get(db, key, compute) : compute();

/** The latest awarded practices a caller wants with the overview: how many, in which language. */
export interface LatestOptions {
  limit: number;
  lang: Lang;
}

/**
 * The whole collection's figures (home page, topic and country lists) and, with `latest`, the most
 * recently awarded published practices in that language where translated: from the index, brought
 * up to date once for both, or from SQL while it builds.
 */
export async function collectionOverview(
  db: Db,
  { engine, cache, latest }: OverviewOptions & { latest?: LatestOptions } = {},
): Promise<Overview & { latest: PracticeListItem[] }> {
  if (engine && (await engine.refresh(db)))
    return {
      ...overviewFromIndex(engine),
      latest: latest ? latestAwardedFromIndex(engine, latest.limit, latest.lang) : [],
    };
  const [overview, awarded] = await Promise.all([
    fromCache(db, cache, "overview", async (): Promise<Overview> => {
      const [counts, topics, countries] = await Promise.all([
        headlineCounts(db),
        topicFacet(db, everything),
        countryCounts(db),
      ]);
      return { counts, topics, countries };
    }),
    latest
      ? fromCache(db, cache, `latestAwarded:${latest.limit}:${latest.lang}`, () =>
          latestAwarded(db, latest.limit, latest.lang),
        )
      : [],
  ]);
  return { ...overview, latest: awarded };
}
