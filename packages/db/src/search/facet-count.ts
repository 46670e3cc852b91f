import type { Facets, FacetOptions } from "../queries/facets";
import { topicOptions } from "../queries/topic-facet-tree";
import { distinctions } from "../domain";
import type { ResolvedFilter } from "../queries/search-filter";
import { COUNTRY, DISTINCTION, IMPLEMENTED, INSTITUTION, REGION, AWARD_YEAR, TOPIC, YEAR0, YEARS } from "./misses";
import { WIDTH } from "./columns";
import { lookupIndex } from "./lookup-index";
import type { PracticeStore } from "./store";
import { difference } from "./sorted-sets";
import { topK } from "./top-k";

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
  const counts = emptyCounts(store);
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
    out = emptyCounts(store);
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
  /** By topic id plus WIDTH: the first WIDTH places take the unused places of ListColumn.wide. */
  topic: Int32Array;
}

function emptyCounts(store: PracticeStore): Counts {
  const { sizes } = lookupIndex(store.lookups);
  return {
    country: new Int32Array(sizes.countries),
    region: new Int32Array(sizes.regions),
    institution: new Int32Array(sizes.institutions),
    topic: new Int32Array(WIDTH + sizes.topics),
    implemented: new Int32Array(YEARS),
    awarded: new Int32Array(YEARS),
    kind: new Int32Array(distinctions.length + 1),
  };
}

/**
 * The counts in one pass over the matching slots: a slot that misses nothing counts in every facet,
 * one that misses a single filter counts in that filter's facet only, and any other in none. A
 * slot that misses nothing counts its place and its time (see store.ts), whose counts then go to
 * their institution, country, region, years and distinction. A missing year (0) or distinction (-1)
 * is not counted, as SQL drops null keys.
 */
function tally(store: PracticeStore, slots: Int32Array, misses: Int32Array | null, c: Counts): void {
  const [place, time] = [store.place.data, store.time.data];
  const [institutionOf, countryOf, regionOf] = store.places.columns();
  const [implementedOf, awardedOf, kindOf] = store.times.columns();
  const { start, count, values, wide, long } = store.expandedTopics;
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
  const places = new Int32Array(store.places.size);
  const times = new Int32Array(store.times.size);
  const year = (counts: Int32Array, y: number, n: number) => {
    if (y - YEAR0 >= 0 && y - YEAR0 < YEARS) counts[y - YEAR0]! += n;
  };
  for (let i = 0; i < slots.length; i++) {
    const m = misses === null ? 0 : misses[i]!;
    if ((m & (m - 1)) !== 0) continue;
    const slot = slots[i]!;
    if (m === 0) {
      // Passes every filter (the common case): counts in every facet.
      places[place[slot]!]!++;
      times[time[slot]!]!++;
      if (long[slot] === 1) {
        for (let k = starts[slot]!, end = k + lengths[slot]!; k < end; k++) topic[WIDTH + ids[k]!]!++;
        continue;
      }
      // WIDTH (8) places, unrolled: an unused place counts in its own spare count.
      const o = slot * WIDTH;
      topic[wide[o]!]!++;
      topic[wide[o + 1]!]!++;
      topic[wide[o + 2]!]!++;
      topic[wide[o + 3]!]!++;
      topic[wide[o + 4]!]!++;
      topic[wide[o + 5]!]!++;
      topic[wide[o + 6]!]!++;
      topic[wide[o + 7]!]!++;
      continue;
    }
    // Misses one filter: counts in that filter's facet only.
    if (m === COUNTRY) country[countryOf[place[slot]!]!]!++;
    else if (m === REGION) region[regionOf[place[slot]!]!]!++;
    else if (m === INSTITUTION) institution[institutionOf[place[slot]!]!]!++;
    else if (m === IMPLEMENTED) year(implementedCounts, implementedOf[time[slot]!]!, 1);
    else if (m === AWARD_YEAR) year(awardedCounts, awardedOf[time[slot]!]!, 1);
    else if (m === DISTINCTION) kind[kindOf[time[slot]!]! + 1]!++;
    else if (m === TOPIC) for (let k = starts[slot]!, end = k + lengths[slot]!; k < end; k++) topic[WIDTH + ids[k]!]!++;
  }
  for (let p = 0; p < places.length; p++) {
    const n = places[p]!;
    if (n === 0) continue;
    institution[institutionOf[p]!]! += n;
    country[countryOf[p]!]! += n;
    region[regionOf[p]!]! += n;
  }
  for (let t = 0; t < times.length; t++) {
    const n = times[t]!;
    if (n === 0) continue;
    year(implementedCounts, implementedOf[t]!, n);
    year(awardedCounts, awardedOf[t]!, n);
    kind[kindOf[t]! + 1]! += n;
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
  for (let id = 0; id + WIDTH < topic.length; id++) if (topic[id + WIDTH]) topicCounts.set(id, topic[id + WIDTH]!);
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
