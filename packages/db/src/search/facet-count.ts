import type { Facets, FacetOptions } from "../queries/facets";
import { topicOptions } from "../queries/topic-facet-tree";
import { distinctions } from "../domain";
import type { ResolvedFilter } from "../queries/search-filter";
import type { PracticeStore } from "./store";

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

/** For each matching slot, the filters it fails as a bit mask (0 = passes them all). */
export function missesOf(store: PracticeStore, f: ResolvedFilter, slots: Int32Array): Int32Array {
  const out = new Int32Array(slots.length);
  const topics = f.topicIds && allowed(f.topicIds);
  const countries = f.countryIds && allowed(f.countryIds);
  const regions = f.regionIds && allowed(f.regionIds);
  const institutions = f.institutionIds && allowed(f.institutionIds);
  const ranged = f.implementedFrom !== undefined || f.implementedTo !== undefined;
  const from = f.implementedFrom ?? 1900;
  const to = f.implementedTo ?? 2200;
  const awardYears = f.awardYears && allowed(f.awardYears);
  const kinds = f.distinctions && allowed(f.distinctions.map((d) => distinctions.findIndex((x) => x.value === d)));
  if (!topics && !countries && !regions && !institutions && !ranged && !awardYears && !kinds) return out;
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!;
    let m = 0;
    if (topics) {
      const own = store.rows[slot]!.topicIds;
      let hit = false;
      for (let k = 0; k < own.length && !hit; k++) hit = topics[own[k]!] === 1;
      if (!hit) m |= TOPIC;
    }
    if (countries && countries[store.country[slot]!] !== 1) m |= COUNTRY;
    if (regions && regions[store.region[slot]!] !== 1) m |= REGION;
    if (institutions && institutions[store.institution[slot]!] !== 1) m |= INSTITUTION;
    if (ranged) {
      const y = store.implementationYear[slot]!;
      if (y === 0 || y < from || y > to) m |= IMPLEMENTED;
    }
    if (awardYears && awardYears[store.awardYear[slot]!] !== 1) m |= AWARD_YEAR;
    if (kinds && kinds[store.distinction[slot]!] !== 1) m |= DISTINCTION;
    out[i] = m;
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
  misses: Int32Array,
  filter: ResolvedFilter,
  options: FacetOptions,
): Facets {
  const { lookups } = store;
  const size = (map: Map<number, unknown>) => Math.max(0, ...map.keys()) + 1;
  const country = new Int32Array(size(lookups.countries));
  const region = new Int32Array(size(lookups.regions));
  const institution = new Int32Array(size(lookups.institutions));
  const topic = new Int32Array(size(lookups.topics));
  const implemented = new Int32Array(YEARS);
  const awarded = new Int32Array(YEARS);
  const kind = new Int32Array(distinctions.length);
  for (let i = 0; i < slots.length; i++) {
    const m = misses[i]!;
    if ((m & (m - 1)) !== 0) continue;
    const slot = slots[i]!;
    if ((m | COUNTRY) === COUNTRY) country[store.country[slot]!]!++;
    if ((m | REGION) === REGION) region[store.region[slot]!]!++;
    if ((m | INSTITUTION) === INSTITUTION) institution[store.institution[slot]!]!++;
    // A missing year is stored as 0, outside the arrays, and not counted (as SQL drops null keys).
    const iy = store.implementationYear[slot]! - YEAR0;
    if ((m | IMPLEMENTED) === IMPLEMENTED && iy >= 0 && iy < YEARS) implemented[iy]!++;
    const ay = store.awardYear[slot]! - YEAR0;
    if ((m | AWARD_YEAR) === AWARD_YEAR && ay >= 0 && ay < YEARS) awarded[ay]!++;
    if ((m | DISTINCTION) === DISTINCTION && store.distinction[slot]! >= 0) kind[store.distinction[slot]!]!++;
    if ((m | TOPIC) === TOPIC) {
      const expanded = store.expandedTopics[slot]!;
      for (let k = 0; k < expanded.length; k++) topic[expanded[k]!]!++;
    }
  }
  // Most first, then by id as text (the SQL's order).
  const ranked = (counts: Int32Array) => {
    const out: Array<[number, number]> = [];
    for (let id = 0; id < counts.length; id++) if (counts[id]! > 0) out.push([id, counts[id]!]);
    return out.sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
  };
  const named = (counts: Int32Array, names: Map<number, { slug: string; name: string }>) =>
    ranked(counts).flatMap(([id, count]) => {
      const row = names.get(id);
      return row ? [{ slug: row.slug, name: row.name, count }] : [];
    });
  const years = (counts: Int32Array) => {
    const out: Array<{ year: number; count: number }> = [];
    for (let i = counts.length - 1; i >= 0; i--) if (counts[i]! > 0) out.push({ year: i + YEAR0, count: counts[i]! });
    return out;
  };
  const limit = options.institutionLimit ?? 30;
  const selected = new Set(filter.institutionIds ?? []);
  const institutions = ranked(institution).flatMap(([id, count], index) => {
    const row = lookups.institutions.get(id);
    return (index < limit || selected.has(id)) && row ? [{ slug: row.slug, name: row.name, count }] : [];
  });
  const topicCounts = new Map<number, number>();
  topic.forEach((count, id) => count && topicCounts.set(id, count));
  const nodes = [...lookups.topics].map(([id, t]) => ({ id, slug: t.slug, name: t.name, parentId: t.parentId }));
  return {
    topic: topicOptions(nodes, topicCounts),
    country: named(country, lookups.countries),
    region: named(region, lookups.regions),
    institution: institutions,
    implementationYear: years(implemented),
    awardYear: years(awarded),
    distinction: distinctions.flatMap((d, index) =>
      kind[index] ? [{ slug: d.slug, name: d.name, count: kind[index] }] : [],
    ),
  };
}
