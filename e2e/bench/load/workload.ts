// The public traffic of the load benchmark: route groups with realistic weights (most visitors land
// on a practice page or a search), each rotating over many URLs, interleaved in a fixed
// pseudo-random order so that no connection asks the same thing twice in a row.
import { random } from "../web/synthetic";
import { combos } from "../web/workload";

export interface Target {
  group: string;
  path: string;
}

/** What the database holds that URLs are made of: published practices' slugs and the browse slugs. */
export interface Slugs {
  practices: string[];
  topics: string[];
  countries: string[];
  institutions: string[];
}

const regions = ["europe", "americas", "africa", "asia-and-the-pacific"];
const sorts = ["", "&sort=newest-award", "&sort=newest-implementation"];

/** Route groups, their share of the requests (percent) and the URLs each one rotates over. */
export function routeGroups(slugs: Slugs): Array<{ group: string; weight: number; paths: string[] }> {
  const searches = combos(slugs.topics, slugs.countries);
  const at = <T>(items: T[], i: number): T => items[i % items.length]!;
  return [
    { group: "practice page", weight: 28, paths: slugs.practices.map((s) => `/practices/${s}`) },
    {
      group: "search page",
      weight: 24,
      // Queries with filters, deeper pages, browsing by filter alone and other sorts.
      paths: [
        ...searches.map((q, i) => `/practices?${q}${i % 3 === 0 ? `&page=${2 + (i % 4)}` : ""}`),
        ...slugs.topics.map((t, i) => `/practices?topic=${t}${at(sorts, i)}${i % 2 ? "&page=2" : ""}`),
        ...regions.map((r) => `/practices?region=${r}&implementedFrom=2015`),
        "/practices",
        "/practices?page=3",
      ],
    },
    { group: "home", weight: 8, paths: ["/"] },
    { group: "topic page", weight: 5, paths: slugs.topics.map((s) => `/topics/${s}`) },
    { group: "country page", weight: 5, paths: slugs.countries.map((s) => `/countries/${s}`) },
    { group: "institution page", weight: 5, paths: slugs.institutions.map((s) => `/institutions/${s}`) },
    { group: "topic and country lists", weight: 3, paths: ["/topics", "/countries"] },
    {
      group: "API search",
      weight: 8,
      paths: searches.map((q, i) => `/api/practices?${q}${i % 4 === 0 ? "&pageSize=50" : ""}`),
    },
    { group: "API practice", weight: 7, paths: slugs.practices.map((s) => `/api/practices/${s}`) },
    { group: "feed", weight: 3, paths: ["/feed.xml", ...slugs.topics.slice(0, 10).map((t) => `/feed.xml?topic=${t}`)] },
    {
      group: "CSV download",
      weight: 2,
      // A small selection each: one institution's practices, or one country's awards of one year.
      paths: slugs.institutions
        .slice(0, 40)
        .map((s, i) =>
          i % 2
            ? `/download/practices.csv?institution=${s}`
            : `/download/practices.csv?country=${at(slugs.countries, i)}&awardYear=${2018 + (i % 6)}&q=pension`,
        ),
    },
    { group: "sitemap", weight: 2, paths: ["/sitemap.xml", "/robots.txt"] },
  ];
}

/** An endless rotation: each call returns the next target; groups drawn by weight, URLs in turn. */
export function rotation(slugs: Slugs, seed = 7): () => Target {
  const groups = routeGroups(slugs).filter((g) => g.paths.length > 0);
  const total = groups.reduce((sum, g) => sum + g.weight, 0);
  const next = new Map(groups.map((g) => [g.group, 0]));
  const rnd = random(seed);
  return () => {
    let roll = rnd() * total;
    const group = groups.find((g) => (roll -= g.weight) < 0) ?? groups[groups.length - 1]!;
    const i = next.get(group.group)!;
    next.set(group.group, i + 1);
    return { group: group.group, path: group.paths[i % group.paths.length]! };
  };
}
