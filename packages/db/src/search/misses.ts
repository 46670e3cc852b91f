import { distinctions } from "../domain";
import type { ResolvedFilter } from "../queries/search-filter";
import { WIDTH } from "./columns";
import { lookupIndex } from "./lookup-index";
import { scratch } from "./scratch";
import type { PracticeStore } from "./store";

// A bit per filter, in the misses mask of a slot.
export const TOPIC = 1;
export const COUNTRY = 2;
export const REGION = 4;
export const INSTITUTION = 8;
export const IMPLEMENTED = 16;
export const AWARD_YEAR = 32;
export const DISTINCTION = 64;
export const YEAR0 = 1900;
export const YEARS = 301;

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

  // What each place (institution, country, region) and each time (years, distinction) misses,
  // tested once per tuple rather than once per slot.
  const [institutionOf, countryOf, regionOf] = store.places.columns();
  const placeMisses = new Int32Array(store.places.size);
  for (let p = 0; p < placeMisses.length; p++) {
    if (countries && countries[countryOf[p]!] !== 1) placeMisses[p]! |= COUNTRY;
    if (regions && regions[regionOf[p]!] !== 1) placeMisses[p]! |= REGION;
    if (institutions && institutions[institutionOf[p]!] !== 1) placeMisses[p]! |= INSTITUTION;
  }
  const [implementedOf, awardedOf, kindOf] = store.times.columns();
  const timeMisses = new Int32Array(store.times.size);
  for (let t = 0; t < timeMisses.length; t++) {
    const y = implementedOf[t]!;
    if (ranged && (y === 0 || y < from || y > to)) timeMisses[t]! |= IMPLEMENTED;
    if (awardYears && awardYears[awardedOf[t]!] !== 1) timeMisses[t]! |= AWARD_YEAR;
    // A missing distinction is -1: it never passes.
    const kind = kindOf[t]!;
    if (kinds && (kind < 0 || kinds[kind] !== 1)) timeMisses[t]! |= DISTINCTION;
  }

  const out = scratch("misses", slots.length);
  const [place, time] = [store.place.data, store.time.data];
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!;
    out[i] = placeMisses[place[slot]!]! | timeMisses[time[slot]!]!;
  }
  if (topics) {
    // The filter's topics by id plus WIDTH, as ListColumn.wide holds them (its unused places read 0).
    const wanted = new Uint8Array(WIDTH + topics.length);
    wanted.set(topics, WIDTH);
    const { start, count, values, wide, long } = store.ownTopics;
    const [starts, counts, ids] = [start.data, count.data, values.data];
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i]!;
      let hit = 0;
      if (long[slot] === 1) {
        for (let k = starts[slot]!, end = k + counts[slot]!; k < end; k++) hit |= topics[ids[k]!] ?? 0;
      } else {
        // The 8 places without a branch each (see facet-count.ts).
        const o = slot * WIDTH;
        hit =
          wanted[wide[o]!]! |
          wanted[wide[o + 1]!]! |
          wanted[wide[o + 2]!]! |
          wanted[wide[o + 3]!]! |
          wanted[wide[o + 4]!]! |
          wanted[wide[o + 5]!]! |
          wanted[wide[o + 6]!]! |
          wanted[wide[o + 7]!]!;
      }
      if (hit === 0) out[i]! |= TOPIC;
    }
  }
  return out;
}
