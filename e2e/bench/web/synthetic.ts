// Fills a database with synthetic but realistic practices, for benchmarks and EXPLAIN ANALYZE at scale.
import type { Database } from "@gp/db";
import { awardDistinctions } from "@gp/db/domain";
import { rebuildSearchTerms } from "@gp/db/search";
import { derivedTitle, matchKey, practiceSlug, slugify } from "@gp/db/text";
import { sql } from "drizzle-orm";
import { readFile } from "node:fs/promises";
import { sampleListing } from "@gp/ingest";
import {
  bullets,
  groups,
  institutionForms,
  institutionKinds,
  institutionPrefixes,
  listingSentences,
  outcomes,
  sentences,
  services,
  topicTree,
} from "./synthetic-words";

export interface FillOptions {
  practices: number;
  institutions?: number;
  countries?: number;
  seed?: number;
  log?: (message: string) => void;
}

/** A small deterministic PRNG (mulberry32), so every run builds the same data (and the load bench sends the same requests). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function fillSynthetic(db: Database, options: FillOptions): Promise<void> {
  const log = options.log ?? (() => {});
  // Most sentences come from the real listing, so words are as common or as rare as in real summaries.
  const real = listingSentences(await readFile(sampleListing, "utf8"));
  const rnd = random(options.seed ?? 42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;

  // Topics: the tree, with an alias per name as ingest would write.
  const topicIds = new Map<string, number>();
  const parentOf = new Map<number, number>();
  for (const [parent, children] of topicTree) {
    const [p] = await db.execute<{ id: number }>(
      sql`insert into topics (name, slug) values (${parent}, ${slugify(parent)}) returning id`,
    );
    topicIds.set(parent, p!.id);
    for (const child of children) {
      const [c] = await db.execute<{ id: number }>(
        sql`insert into topics (name, slug, parent_id) values (${child}, ${slugify(child)}, ${p!.id}) returning id`,
      );
      topicIds.set(child, c!.id);
      parentOf.set(c!.id, p!.id);
    }
  }
  await db.execute(sql`insert into topic_aliases (topic_id, alias, key) select id, name, lower(name) from topics`);
  const topicNames = [...topicIds.keys()];

  // Countries: a weighted subset, as real participation is uneven.
  const countries = await db.execute<{ id: number; name: string }>(
    sql`select id, name from countries where numeric is not null order by md5(code || ${String(options.seed ?? 42)}) limit ${options.countries ?? 140}`,
  );
  const institutionCount = options.institutions ?? 3000;
  const inst = {
    name: [] as string[],
    acronym: [] as string[],
    slug: [] as string[],
    country: [] as number[],
    key: [] as string[],
  };
  const used = new Set<string>();
  for (let i = 0; inst.name.length < institutionCount; i++) {
    // Skewed: the first countries get many institutions, the tail few.
    const country = countries[Math.floor(countries.length * rnd() ** 1.6)]!;
    let name = `${pick(institutionPrefixes)} ${pick(institutionKinds)} ${pick(institutionForms)}`;
    if (used.has(`${country.id}:${name}`)) name = `${name} of ${country.name} ${i}`;
    used.add(`${country.id}:${name}`);
    inst.name.push(name);
    inst.acronym.push(
      name
        .split(/\s+/)
        .map((w) => w[0])
        .join("")
        .toUpperCase(),
    );
    inst.slug.push(`${slugify(name, 60)}-${i}`);
    inst.country.push(country.id);
    inst.key.push(matchKey(name));
  }
  const instRows = await db.execute<{ id: number; name: string }>(sql`
    insert into institutions (name, acronym, slug, country_id, match_key)
    select * from unnest(${sql.param(inst.name)}::text[], ${sql.param(inst.acronym)}::text[], ${sql.param(inst.slug)}::text[],
      ${sql.param(inst.country)}::int[], ${sql.param(inst.key)}::text[])
    returning id, name`);
  log(`${topicNames.length} topics, ${countries.length} countries, ${instRows.length} institutions`);

  const [batch] = await db.execute<{ id: number }>(sql`
    insert into import_batches (file_name, sha256, format, records, added, actor, finished_at)
    values ('synthetic.txt', repeat('0', 64), 'listing', ${options.practices}, ${options.practices}, 'bench', now()) returning id`);

  const chunk = 5000;
  for (let start = 0; start < options.practices; start += chunk) {
    const rows = {
      slug: [] as string[],
      title: [] as (string | null)[],
      summary: [] as string[],
      institution: [] as number[],
      implemented: [] as number[],
      award: [] as (number | null)[],
      distinction: [] as (string | null)[],
      status: [] as string[],
      fingerprint: [] as string[],
      topics: [] as string[],
    };
    for (let n = start; n < Math.min(start + chunk, options.practices); n++) {
      const institution = instRows[Math.floor(instRows.length * rnd() ** 1.3)]!;
      const chosen = new Set<number>();
      const topicCount = 1 + Math.floor(rnd() * 5);
      for (let k = 0; k < topicCount; k++) {
        const id = topicIds.get(topicNames[Math.floor(topicNames.length * rnd() ** 1.4)]!)!;
        chosen.add(id);
        // ISSA tags a child topic with its parent most of the time, not always.
        const parent = parentOf.get(id);
        if (parent && rnd() < 0.8) chosen.add(parent);
      }
      const ids = [...chosen].sort((a, b) => a - b);
      const topicName = topicNames.find((t) => topicIds.get(t) === ids[0])!.toLowerCase();
      const implemented = 1995 + Math.floor(31 * rnd() ** 0.5);
      const fill = (template: string) =>
        template
          .replace("{inst}", institution.name)
          .replace("{group}", pick(groups))
          .replace("{service}", pick(services))
          .replace("{outcome}", pick(outcomes))
          .replace("{topic}", topicName)
          .replace("{year}", String(implemented))
          .replace("{n}", String(10 + Math.floor(rnd() * 5000)));
      const paragraphs: string[] = [];
      for (let p = 0, count = 1 + Math.floor(rnd() * 3); p < count; p++) {
        const lines: string[] = [];
        for (let s = 0, c = 2 + Math.floor(rnd() * 2); s < c; s++) {
          lines.push(p === 0 && s === 0 ? fill(sentences[0]!) : rnd() < 0.2 ? fill(pick(sentences)) : pick(real));
        }
        paragraphs.push(lines.join(" "));
      }
      if (rnd() < 0.15)
        paragraphs.splice(
          1,
          0,
          ["The main features are:", ...[0, 1, 2].map(() => `  ${fill(pick(bullets))}`)].join("\n"),
        );
      const summary = paragraphs.join("\n\n");
      const awarded = rnd() < 0.6;
      const award = awarded ? Math.min(2025, implemented + 1 + Math.floor(rnd() * 3)) : null;
      const title =
        rnd() < 0.5 ? null : `${pick(services).replace(/^./, (c) => c.toUpperCase())} for ${pick(groups)} ${n}`;
      const r = rnd();
      rows.slug.push(practiceSlug(title ?? derivedTitle(summary), `${n.toString(36)}x`));
      rows.title.push(title);
      rows.summary.push(summary);
      rows.institution.push(institution.id);
      rows.implemented.push(implemented);
      rows.award.push(award);
      rows.distinction.push(award && rnd() < 0.35 ? pick(awardDistinctions) : null);
      rows.status.push(r < 0.97 ? "published" : r < 0.985 ? "draft" : "withdrawn");
      rows.fingerprint.push(`synthetic-${n}`);
      rows.topics.push(`{${ids.join(",")}}`);
    }
    await db.execute(sql`
      with v as (
        select * from unnest(${sql.param(rows.slug)}::text[], ${sql.param(rows.title)}::text[], ${sql.param(rows.summary)}::text[],
          ${sql.param(rows.institution)}::int[], ${sql.param(rows.implemented)}::smallint[], ${sql.param(rows.award)}::smallint[],
          ${sql.param(rows.distinction)}::award_distinction[], ${sql.param(rows.status)}::practice_status[],
          ${sql.param(rows.fingerprint)}::text[], ${sql.param(rows.topics)}::text[])
          as v(slug, title, summary, institution_id, implementation_year, award_year, award_distinction, status, fingerprint, topics)
      ), ins as (
        insert into practices (slug, title, summary, institution_id, implementation_year, award_year, award_distinction, status, fingerprint, topic_ids)
        select slug, title, summary, institution_id, implementation_year, award_year, award_distinction, status, fingerprint, topics::int[] from v
        returning id, topic_ids, fingerprint
      ), src as (
        insert into practice_sources (practice_id, batch_id, line, fingerprint, record)
        select id, ${batch!.id}, substr(fingerprint, 11)::int + 1, fingerprint, '{}'::jsonb from ins
      )
      insert into practice_topics (practice_id, topic_id) select id, unnest(topic_ids) from ins`);
    log(`${Math.min(start + chunk, options.practices)} practices`);
  }
  await rebuildSearchTerms(db);
  await db.execute(sql`vacuum analyze`);
}
