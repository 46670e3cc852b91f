// Every request a different search, as new users would ask: generated from a seeded PRNG over the
// corpus's words (weighted by how often they occur) and over the facet values the data really has.
// No fixed list to tune against: another seed gives other searches with the same mix.
import type { Database } from "@gp/db";
import { sql } from "drizzle-orm";
import { random } from "./synthetic";

export interface Vocabulary {
  /** Words of published summaries and titles, with how many times each occurs in the sample. */
  words: Array<[string, number]>;
  /** Adjacent word pairs of the sample, for phrases. */
  pairs: Array<[string, number]>;
  topics: Array<[string, number]>;
  countries: Array<[string, number]>;
  regions: Array<[string, number]>;
  awardYears: Array<[string, number]>;
}

// Words a searcher would not type on their own (PostgreSQL's English stop words drop them anyway).
const stop = new Set(
  "the and for with that this from are was were has have its their which into also been more than such other these those they them who whom what when where will can may not all any each our out over under about between through after before".split(
    " ",
  ),
);

function weighted(counts: Map<string, number>, limit: number): Array<[string, number]> {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit);
}

/** Reads the words and facet values to draw from: a sample of published practices and the facets' real counts. */
export async function vocabulary(db: Database, sample = 5000): Promise<Vocabulary> {
  const texts = await db.execute<{ text: string }>(sql`
    select coalesce(title, '') || ' ' || summary as text from practices where status = 'published'
    order by md5(id::text) limit ${sample}`);
  const words = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const { text } of texts) {
    const tokens = text.toLowerCase().match(/\p{L}[\p{L}'-]*\p{L}/gu) ?? [];
    for (let i = 0; i < tokens.length; i++) {
      const word = tokens[i]!;
      if (word.length < 4 || stop.has(word)) continue;
      words.set(word, (words.get(word) ?? 0) + 1);
      const next = tokens[i + 1];
      if (next && next.length >= 4 && !stop.has(next))
        pairs.set(`${word} ${next}`, (pairs.get(`${word} ${next}`) ?? 0) + 1);
    }
  }
  const facet = async (query: ReturnType<typeof sql>) =>
    (await db.execute<{ value: string; n: number }>(query)).map((r): [string, number] => [r.value, r.n]);
  return {
    words: weighted(words, 3000),
    pairs: weighted(pairs, 1000),
    topics: await facet(sql`
      select t.slug as value, count(*)::int as n from practice_topics pt join topics t on t.id = pt.topic_id
      join practices p on p.id = pt.practice_id where p.status = 'published' group by t.slug`),
    countries: await facet(sql`
      select c.slug as value, count(*)::int as n from practices p join institutions i on i.id = p.institution_id
      join countries c on c.id = i.country_id where p.status = 'published' group by c.slug`),
    regions: await facet(sql`
      select r.slug as value, count(*)::int as n from practices p join institutions i on i.id = p.institution_id
      join countries c on c.id = i.country_id join regions r on r.id = c.region_id where p.status = 'published' group by r.slug`),
    awardYears: await facet(sql`
      select award_year::text as value, count(*)::int as n from practices
      where status = 'published' and award_year is not null group by award_year`),
  };
}

/** An endless stream of distinct query strings (without "?"), the same for the same seed. */
export function differentSearches(vocab: Vocabulary, seed = 7): () => string {
  const rnd = random(seed);
  const sampler = (items: Array<[string, number]>) => {
    const cumulative: number[] = [];
    let sum = 0;
    for (const [, n] of items) cumulative.push((sum += n));
    return () => {
      const target = rnd() * sum;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid]! < target) lo = mid + 1;
        else hi = mid;
      }
      return items[lo]![0];
    };
  };
  const word = sampler(vocab.words);
  const pair = sampler(vocab.pairs);
  const topic = sampler(vocab.topics);
  const country = sampler(vocab.countries);
  const region = sampler(vocab.regions);
  const awardYear = sampler(vocab.awardYears);
  const seen = new Set<string>();
  const one = (): string => {
    const r = rnd();
    // A word or two, sometimes a phrase, an exclusion or an "or".
    const q =
      r < 0.55
        ? word()
        : r < 0.85
          ? `${word()} ${word()}`
          : r < 0.92
            ? `"${pair()}"`
            : r < 0.96
              ? `${word()} -${word()}`
              : `${word()} or ${word()}`;
    const params = new URLSearchParams({ q });
    if (rnd() < 0.3) params.append("topic", topic());
    if (rnd() < 0.2) params.append("region", region());
    if (rnd() < 0.15) params.append("country", country());
    if (rnd() < 0.15) params.append("awardYear", awardYear());
    if (rnd() < 0.1) params.set("sort", rnd() < 0.5 ? "newest-award" : "newest-implementation");
    if (rnd() < 0.1) params.set("page", String(2 + Math.floor(rnd() * 4)));
    return params.toString();
  };
  return () => {
    for (;;) {
      const query = one();
      if (!seen.has(query)) {
        seen.add(query);
        return query;
      }
    }
  };
}
