import type { Facets, FacetOptions } from "../queries/facets";
import { topicOptions } from "../queries/topic-facet-tree";
import { distinctions } from "../domain";
import type { ResolvedFilter } from "../queries/search-filter";
import { lookupIndex } from "./lookup-index";
import type { PracticeStore } from "./store";
import { difference } from "./sorted-sets";
import { scratch } from "./scratch";
import { topK } from "./top-k";

// A bit per filter, in the misses mask of a slot.
const TOPIC = 1;
const COUNTRY = 2;
const REGION = 4;
const INSTITUTION = 8;
const IMPLEMENTED = 16;
const AWARD_YEAR = 32;
const DISTINCTION = 64;
const YEAR0 = 1900;
const YEARS = 301;

/** A lookup array: allowed[id] = 1 for the ids in the list. */
function allowed(ids: number[], size = 0): Uint8Array {
  const out = new Uint8Array(Math.max(size, ...ids.map((id) => id + 1), 1));
  for (const id of ids) out[id] = 1;
  return out;
}

/** For each matching slot, the filters it fails as a bit mask (0 = passes them all); null when nothing filters. */
export function missesOf(store: PracticeStore, f: ResolvedFilter, slots: Int32Array): Int32Array | null {
  // Sized to every id the columns hold, so no lookup reads past the end (which V8 handles slowly).
  const { sizes } = lookupIndex(store.lookups);
  const topics = f.topicIds && allowed(f.topicIds, sizes.topics);
  const countries = f.countryIds && allowed(f.countryIds, sizes.countries);
  const regions = f.regionIds && allowed(f.regionIds, sizes.regions);
  const institutions = f.institutionIds && allowed(f.institutionIds, sizes.institutions);
  const ranged = f.implementedFrom !== undefined || f.implementedTo !== undefined;
  const from = f.implementedFrom ?? 1900;
  const to = f.implementedTo ?? 2200;
  const awardYears = f.awardYears && allowed(f.awardYears, YEAR0 + YEARS);
  const kinds =
    f.distinctions &&
    allowed(
      f.distinctions.map((d) => distinctions.findIndex((x) => x.value === d)),
      distinctions.length,
    );
  if (!topics && !countries && !regions && !institutions && !ranged && !awardYears && !kinds) return null;
  const out = scratch("misses", slots.length);
  // One pass per filter over the typed columns (tight loops; a filter not given costs nothing).
  const test = (bit: number, column: Int32Array, ok: Uint8Array) => {
    for (let i = 0; i < slots.length; i++) if (ok[column[slots[i]!]!] !== 1) out[i]! |= bit;
  };
  if (countries) test(COUNTRY, store.country.data, countries);
  if (regions) test(REGION, store.region.data, regions);
  if (institutions) test(INSTITUTION, store.institution.data, institutions);
  if (awardYears) test(AWARD_YEAR, store.awardYear.data, awardYears);
  if (kinds) {
    // A missing distinction is -1: shift by one so it indexes the array and never passes.
    const shifted = new Uint8Array(kinds.length + 1);
    shifted.set(kinds, 1);
    const column = store.distinction.data;
    for (let i = 0; i < slots.length; i++) if (shifted[column[slots[i]!]! + 1] !== 1) out[i]! |= DISTINCTION;
  }
  if (ranged) {
    const column = store.implementationYear.data;
    for (let i = 0; i < slots.length; i++) {
      const y = column[slots[i]!]!;
      if (y === 0 || y < from || y > to) out[i]! |= IMPLEMENTED;
    }
  }
  if (topics) {
    const { start, count, values } = store.ownTopics;
    const [starts, counts, ids] = [start.data, count.data, values.data];
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i]!;
      let hit = false;
      for (let k = starts[slot]!, end = k + counts[slot]!; k < end && !hit; k++) hit = topics[ids[k]!] === 1;
      if (!hit) out[i]! |= TOPIC;
    }
  }
  return out;
}

/**
 * Disjunctive counts over the matching slots: a facet counts the slots that pass every filter but
 * its own (miss nothing, or only their own filter). A parent topic counts a practice once, however
 * many of its descendants the practice has. Counts go into arrays indexed by id.
 */
export function countFacets(
  store: PracticeStore,
  slots: Int32Array,
  misses: Int32Array | null,
  filter: ResolvedFilter,
  options: FacetOptions,
): Facets {
  const { sizes } = lookupIndex(store.lookups);
  const country = new Int32Array(sizes.countries);
  const region = new Int32Array(sizes.regions);
  const institution = new Int32Array(sizes.institutions);
  const topic = new Int32Array(sizes.topics);
  const implemented = new Int32Array(YEARS);
  const awarded = new Int32Array(YEARS);
  const kind = new Int32Array(distinctions.length + 1);
  const counts = { country, region, institution, implemented, awarded, kind, topic };
  const live = store.liveSlots();
  if (misses === null && slots.length > live.length / 2) {
    // Most practices match: count those that don't, and take them from the counts of all.
    tally(store, difference(live, slots), null, counts);
    const all = totals(store, live);
    for (const key of Object.keys(counts) as Array<keyof Counts>) {
      const [out, whole] = [counts[key], all[key]];
      for (let i = 0; i < out.length; i++) out[i] = whole[i]! - out[i]!;
    }
  } else tally(store, slots, misses, counts);
  return facetLists(store, filter, options, counts);
}

// The counts over every live slot, by the live slots' array (a new one after any change).
const everything = new WeakMap<Int32Array, Counts>();

function totals(store: PracticeStore, live: Int32Array): Counts {
  let out = everything.get(live);
  if (!out) {
    const { sizes } = lookupIndex(store.lookups);
    out = {
      country: new Int32Array(sizes.countries),
      region: new Int32Array(sizes.regions),
      institution: new Int32Array(sizes.institutions),
      topic: new Int32Array(sizes.topics),
      implemented: new Int32Array(YEARS),
      awarded: new Int32Array(YEARS),
      kind: new Int32Array(distinctions.length + 1),
    };
    tally(store, live, null, out);
    everything.set(live, out);
  }
  return out;
}

interface Counts {
  country: Int32Array;
  region: Int32Array;
  institution: Int32Array;
  implemented: Int32Array;
  awarded: Int32Array;
  kind: Int32Array;
  topic: Int32Array;
}

/**
 * The counts in one pass over the matching slots: a slot that misses nothing counts in every facet,
 * one that misses a single filter counts in that filter's facet only, and any other in none. A
 * missing year (0) or distinction (-1) is not counted, as SQL drops null keys.
 */
function tally(store: PracticeStore, slots: Int32Array, misses: Int32Array | null, c: Counts): void {
  const [countries, regions, institutions] = [store.country.data, store.region.data, store.institution.data];
  const [implemented, awarded, kinds] = [store.implementationYear.data, store.awardYear.data, store.distinction.data];
  const { start, count, values } = store.expandedTopics;
  const [starts, lengths, ids] = [start.data, count.data, values.data];
  // The count arrays in locals: the loop runs over up to every live slot, and V8 does not hoist
  // loads of an object's fields past the stores into typed arrays.
  const [country, region, institution, implementedCounts, awardedCounts, kind, topic] = [
    c.country,
    c.region,
    c.institution,
    c.implemented,
    c.awarded,
    c.kind,
    c.topic,
  ];
  for (let i = 0; i < slots.length; i++) {
    const m = misses === null ? 0 : misses[i]!;
    if ((m & (m - 1)) !== 0) continue;
    const slot = slots[i]!;
    if (m === 0) {
      // Passes every filter (the common case): counts in every facet.
      country[countries[slot]!]!++;
      region[regions[slot]!]!++;
      institution[institutions[slot]!]!++;
      const iy = implemented[slot]! - YEAR0;
      if (iy >= 0 && iy < YEARS) implementedCounts[iy]!++;
      const ay = awarded[slot]! - YEAR0;
      if (ay >= 0 && ay < YEARS) awardedCounts[ay]!++;
      kind[kinds[slot]! + 1]!++;
      for (let k = starts[slot]!, end = k + lengths[slot]!; k < end; k++) topic[ids[k]!]!++;
      continue;
    }
    // Misses one filter: counts in that filter's facet only.
    if (m === COUNTRY) country[countries[slot]!]!++;
    else if (m === REGION) region[regions[slot]!]!++;
    else if (m === INSTITUTION) institution[institutions[slot]!]!++;
    else if (m === IMPLEMENTED) {
      const iy = implemented[slot]! - YEAR0;
      if (iy >= 0 && iy < YEARS) implementedCounts[iy]!++;
    } else if (m === AWARD_YEAR) {
      const ay = awarded[slot]! - YEAR0;
      if (ay >= 0 && ay < YEARS) awardedCounts[ay]!++;
    } else if (m === DISTINCTION) kind[kinds[slot]! + 1]!++;
    else if (m === TOPIC) for (let k = starts[slot]!, end = k + lengths[slot]!; k < end; k++) topic[ids[k]!]!++;
  }
}

/** The counts as the facet lists of an answer. */
function facetLists(store: PracticeStore, filter: ResolvedFilter, options: FacetOptions, counts: Counts): Facets {
  const { lookups } = store;
  const { textRank, topicNodes } = lookupIndex(lookups);
  const { country, region, institution, implemented, awarded, kind, topic } = counts;
  // Most first, then by id as text (the SQL's order); only the first `limit` when there is one.
  const ranked = (counts: Int32Array, limit = Infinity): number[] => {
    const ids: number[] = [];
    for (let id = 0; id < counts.length; id++) if (counts[id]! > 0) ids.push(id);
    const before = (a: number, b: number) =>
      counts[a]! > counts[b]! || (counts[a] === counts[b] && textRank[a]! < textRank[b]!);
    return topK(ids, Math.min(limit, ids.length), before);
  };
  const named = (counts: Int32Array, names: Map<number, { slug: string; name: string }>, ids = ranked(counts)) =>
    ids.flatMap((id) => {
      const row = names.get(id);
      return row ? [{ slug: row.slug, name: row.name, count: counts[id]! }] : [];
    });
  const years = (counts: Int32Array) => {
    const out: Array<{ year: number; count: number }> = [];
    for (let i = counts.length - 1; i >= 0; i--) if (counts[i]! > 0) out.push({ year: i + YEAR0, count: counts[i]! });
    return out;
  };
  // The largest institutions, and those selected wherever they rank.
  const first = ranked(institution, options.institutionLimit ?? 30);
  const shown = new Set(first);
  const extra = (filter.institutionIds ?? []).filter((id) => institution[id]! > 0 && !shown.has(id));
  const topicCounts = new Map<number, number>();
  topic.forEach((count, id) => count && topicCounts.set(id, count));
  return {
    topic: topicOptions(topicNodes, topicCounts),
    country: named(country, lookups.countries),
    region: named(region, lookups.regions),
    institution: named(institution, lookups.institutions, [
      ...first,
      ...(extra.length ? ranked(institution).filter((id) => extra.includes(id)) : []),
    ]),
    implementationYear: years(implemented),
    awardYear: years(awarded),
    distinction: distinctions.flatMap((d, index) =>
      kind[index + 1] ? [{ slug: d.slug, name: d.name, count: kind[index + 1]! }] : [],
    ),
  };
}
