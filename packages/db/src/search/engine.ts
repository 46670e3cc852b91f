import type { Db } from "../client-core";
import type { FacetOptions, Facets } from "../queries/facets";
import type { PracticeListItem } from "../queries/search";
import type { ResolvedFilter } from "../queries/search-filter";
import { effectiveSort, type Sort } from "../queries/search-params";
import { distinctions } from "../domain";
import type { Lang } from "./analyser";
import { changesSince } from "./change-feed";
import { loadLookups, practicesById, publishedPractices } from "./corpus";
import { countFacets } from "./facet-count";
import { missesOf } from "./misses";
import { listItem } from "./list-item";
import { relatedFromIndex } from "./related";
import { scratch } from "./scratch";
import { PracticeStore } from "./store";
import { topK } from "./top-k";
import { matchScores, matchText, partOf } from "./text-match";

/**
 * More changed practices than this are applied yielding to other requests (searches wait for it:
 * an import of 15,000 practices is a few seconds); more than RELOAD_ABOVE, the index loads again
 * in the background while SQL answers, as after a restore.
 */
const YIELD_ABOVE = 1000;
const RELOAD_ABOVE = 25_000;
/** Practices read from the database at a time while applying changes. */
const BATCH = 1000;

export interface EnginePage {
  sort?: Sort;
  page: number;
  pageSize: number;
}

export interface EngineAnswer {
  total: number;
  items: PracticeListItem[];
  facets?: Facets;
}

/**
 * The public search's engine: every published practice indexed in this process, built from
 * PostgreSQL at start and brought up to date from the change feed before each search, so an
 * answer is never older than the database the request reads (PostgreSQL stays the only source
 * of truth; this is a cache that is rebuilt at each start).
 */
export class SearchEngine {
  private snapshot: string | null = null;
  private asked = 0;
  private covered = 0;
  private syncing: Promise<void> | null = null;
  private background: Promise<void> | null = null;

  private constructor(public store: PracticeStore) {}

  /** The database snapshot (pg_current_snapshot()) the index holds every commit of. */
  get current(): string | null {
    return this.snapshot;
  }

  /** Builds the index from the database. */
  static async build(db: Db): Promise<SearchEngine> {
    const { store, snapshot } = await SearchEngine.load(db);
    const engine = new SearchEngine(store);
    engine.snapshot = snapshot;
    return engine;
  }

  private static async load(db: Db): Promise<{ store: PracticeStore; snapshot: string }> {
    // The feed's position first: what commits during the load is applied again by the first sync.
    const start = await changesSince(db, null);
    const store = new PracticeStore(
      await loadLookups(db),
      distinctions.map((d) => d.value),
    );
    for await (const rows of publishedPractices(db)) {
      for (let i = 0; i < rows.length; i++) {
        store.put(rows[i]!);
        // Let the server answer requests (from SQL) while the index builds.
        if (i % 250 === 249) await new Promise((resolve) => setImmediate(resolve));
      }
    }
    store.text.compact();
    for (const index of store.translated.values()) index.compact();
    return { store, snapshot: start.snapshot };
  }

  /**
   * Applies every change committed before this call, and says whether the index may answer: false
   * while it loads again in the background (after a restore, a pruned feed, or a change of more
   * than RELOAD_ABOVE practices), when the caller answers from SQL instead, which is current.
   * Concurrent callers share a sync whose query started after they asked (it sees everything they
   * must see); the others wait for the next.
   */
  async refresh(db: Db): Promise<boolean> {
    if (this.background) return false;
    const ticket = ++this.asked;
    while (this.covered < ticket) {
      this.syncing ??= this.sync(db).finally(() => (this.syncing = null));
      await this.syncing;
    }
    return this.background === null;
  }

  private async sync(db: Db): Promise<void> {
    const covers = this.asked;
    const changes = await changesSince(db, this.snapshot);
    const ids = new Set(changes.practices);
    if (!changes.rebuild && changes.references) {
      this.store.setLookups(await loadLookups(db));
      const touched = this.store.practicesUsing({
        institutions: new Set(changes.institutions),
        countries: new Set(changes.countries),
        topics: new Set(changes.topics),
      });
      for (const id of touched) ids.add(id);
    }
    if (changes.rebuild || ids.size > RELOAD_ABOVE) {
      this.inBackground(
        SearchEngine.load(db).then(({ store, snapshot }) => {
          this.store = store;
          this.snapshot = snapshot;
        }),
      );
    } else {
      // Searches wait for the changes rather than fall back to SQL meanwhile: under load the SQL
      // path costs a hundred times the index's CPU and starves the catch-up it waits for (the
      // mixed load benchmark at 100k fell to 10 req/s with an import applied in the background).
      // A large change (an import) yields to other requests while it is applied.
      await this.apply(db, [...ids], changes.snapshot, ids.size > YIELD_ABOVE);
    }
    this.covered = covers;
  }

  private inBackground(work: Promise<void>): void {
    this.background = work
      .catch((error: unknown) =>
        console.error("The search index could not catch up; it tries again on the next search.", error),
      )
      .finally(() => (this.background = null));
  }

  /** Indexes these practices as they are now (drops those no longer published), then moves to `snapshot`. */
  private async apply(db: Db, ids: number[], snapshot: string, yielding: boolean): Promise<void> {
    for (let from = 0; from < ids.length; from += BATCH) {
      const batch = ids.slice(from, from + BATCH);
      const rows = await practicesById(db, batch);
      const found = new Set(rows.map((r) => r.id));
      for (const id of batch) if (!found.has(id)) this.store.delete(id);
      for (let i = 0; i < rows.length; i++) {
        this.store.put(rows[i]!);
        if (yielding && i % 250 === 249) await new Promise((resolve) => setImmediate(resolve));
      }
    }
    this.snapshot = snapshot;
  }

  /** Practices like this one (see related.ts); undefined when it is not in the index. */
  related(practiceId: number, limit?: number, lang?: Lang): PracticeListItem[] | undefined {
    return relatedFromIndex(this.store, practiceId, limit, lang);
  }

  /** One page of a search and, with `facets`, its disjunctive facet counts. */
  search(filter: ResolvedFilter, page: EnginePage, options: FacetOptions & { facets?: boolean } = {}): EngineAnswer {
    const store = this.store;
    const lang = filter.lang ?? "en";
    const text = filter.q ? matchText(store, filter.q, lang) : null;
    const slots = text ? text.slots : store.liveSlots();
    const misses = missesOf(store, filter, slots);
    let passing: Int32Array;
    if (misses) {
      passing = scratch("passing", slots.length);
      let n = 0;
      for (let i = 0; i < slots.length; i++) if (misses[i] === 0) passing[n++] = i;
      passing = passing.subarray(0, n);
    } else passing = identity(slots.length);
    const sort = effectiveSort({ q: filter.q, sort: page.sort });
    // Scores of every matching slot, by its index in `slots`; ties fall to the newest award.
    const scores = sort === "relevance" && text?.parts.some((p) => p.terms.length) ? matchScores(text) : null;
    const [awardYear, implementationYear] = [store.awardYear.data, store.implementationYear.data];
    const { rows } = store;
    const newestImplementation = sort === "newest-implementation";
    const [first, second] = newestImplementation ? [implementationYear, awardYear] : [awardYear, implementationYear];
    const before = (a: number, b: number): boolean => {
      if (scores && scores[a] !== scores[b]) return scores[a]! > scores[b]!;
      const sa = slots[a]!;
      const sb = slots[b]!;
      if (first[sa] !== first[sb]) return first[sa]! > first[sb]!;
      if (second[sa] !== second[sb]) return second[sa]! > second[sb]!;
      return rows[sa]!.id > rows[sb]!.id;
    };
    const offset = (page.page - 1) * page.pageSize;
    const primary = scores ?? scratch("primary", slots.length);
    if (!scores) for (let i = 0; i < slots.length; i++) primary[i] = first[slots[i]!]!;
    const ordered = topK(passing, offset + page.pageSize, before, primary).slice(offset);
    return {
      total: passing.length,
      items: ordered.map((i) => listItem(store, slots[i]!, lang, text && partOf(text, slots[i]!))),
      facets: options.facets ? countFacets(store, slots, misses, filter, options) : undefined,
    };
  }
}

let identities = new Int32Array(0);
/** 0, 1, … n-1 (shared, read only): every matching slot passes when nothing filters. */
function identity(n: number): Int32Array {
  if (identities.length < n) {
    identities = new Int32Array(Math.max(n, identities.length * 2));
    for (let i = 0; i < identities.length; i++) identities[i] = i;
  }
  return identities.subarray(0, n);
}
