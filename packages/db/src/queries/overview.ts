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

/** The whole collection's figures (home page, topic and country lists), from the index or SQL. */
export async function collectionOverview(db: Db, { engine, cache }: OverviewOptions = {}): Promise<Overview> {
  if (engine && (await engine.refresh(db))) return overviewFromIndex(engine);
  return fromCache(db, cache, "overview", async () => {
    const [counts, topics, countries] = await Promise.all([
      headlineCounts(db),
      topicFacet(db, everything),
      countryCounts(db),
    ]);
    return { counts, topics, countries };
  });
}

/** The most recently awarded published practices in `lang` where translated, from the index or SQL. */
export async function latestAwardedPractices(
  db: Db,
  limit: number,
  lang: Lang,
  { engine, cache }: OverviewOptions = {},
): Promise<PracticeListItem[]> {
  if (engine && (await engine.refresh(db))) return latestAwardedFromIndex(engine, limit, lang);
  return fromCache(db, cache, `latestAwarded:${limit}:${lang}`, () => latestAwarded(db, limit, lang));
}
