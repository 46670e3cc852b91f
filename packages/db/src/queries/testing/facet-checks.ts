// What the facet and engine tests share: random searches over the fixture's values, and the
// comparison of computed facets with a brute-force count.
import fc from "fast-check";
import { expect } from "vitest";
import { distinctions } from "../../domain";
import type { Facets } from "../facet-types";
import type { BruteFacets } from "./brute-force";
import { fixtureInstitutions, fixtureTopics } from "./search-fixture";

const subset = <T>(values: readonly T[]) => fc.subarray([...values], { maxLength: 3 });

/** A query from `queries` and any combination of the fixture's filters. */
export function fixtureSearches(queries: readonly string[]) {
  return fc.record({
    q: fc.constantFrom(...queries),
    topic: subset(fixtureTopics.map(([, slug]) => slug)),
    country: subset(["belgium", "poland", "paraguay", "kenya"]),
    region: subset(["europe", "americas", "africa"]),
    institution: subset(fixtureInstitutions.map(([, slug]) => slug)),
    implementedFrom: fc.option(fc.integer({ min: 2008, max: 2024 }), { nil: undefined }),
    implementedTo: fc.option(fc.integer({ min: 2008, max: 2024 }), { nil: undefined }),
    awardYear: subset([2013, 2015, 2018, 2020, 2022]),
    distinction: subset(distinctions.map((d) => d.slug)),
  });
}

/** Every facet's counts equal the brute-force count (topics in tree order). */
export function expectFacetsToMatch(actual: Facets, expected: BruteFacets): void {
  expect(actual.topic.map((o) => [o.slug, o.count])).toEqual(expected.topic);
  expect(new Map(actual.country.map((o) => [o.slug, o.count]))).toEqual(expected.country);
  expect(new Map(actual.region.map((o) => [o.slug, o.count]))).toEqual(expected.region);
  expect(new Map(actual.institution.map((o) => [o.slug, o.count]))).toEqual(expected.institution);
  expect(new Map(actual.implementationYear.map((o) => [o.year, o.count]))).toEqual(expected.implementationYear);
  expect(new Map(actual.awardYear.map((o) => [o.year, o.count]))).toEqual(expected.awardYear);
  expect(new Map(actual.distinction.map((o) => [o.slug, o.count]))).toEqual(expected.distinction);
}
