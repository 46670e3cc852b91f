import { sql } from "drizzle-orm";
import type { Db } from "../client-core";
import { vocabularyWords } from "../text";

/**
 * Adds the words of new or edited practices to the search vocabulary (behind "did you mean").
 * Counts only grow: a word that no longer occurs may linger, so callers that suggest a word check
 * that it finds something. `rebuildSearchTerms` recounts from scratch.
 */
export async function addSearchTerms(db: Db, texts: Iterable<string>): Promise<void> {
  await addSearchTermCounts(db, countSearchTerms(texts));
}

/**
 * Counts the documents each vocabulary word occurs in, into `counts`: a caller that streams its
 * texts (an import) counts them as they pass and keeps only the counts.
 */
export function countSearchTerms(texts: Iterable<string>, counts = new Map<string, number>()): Map<string, number> {
  for (const text of texts) {
    for (const word of vocabularyWords(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/** Adds counted documents per word (`countSearchTerms`) to the vocabulary, in one upsert. */
export async function addSearchTermCounts(db: Db, counts: ReadonlyMap<string, number>): Promise<void> {
  if (counts.size === 0) return;
  await db.execute(sql`
    insert into search_terms (term, documents)
    select * from unnest(${sql.param([...counts.keys()])}::text[], ${sql.param([...counts.values()])}::int[])
    on conflict (term) do update set documents = search_terms.documents + excluded.documents`);
}

/** Recounts the vocabulary from the published practices and their published translations. */
export async function rebuildSearchTerms(db: Db): Promise<void> {
  await db.execute(sql`delete from search_terms`);
  await db.execute(sql`
    insert into search_terms (term, documents)
    select word, count(*)::int
    from (
      select p.title, p.summary from practices p where p.status = 'published'
      union all
      select t.title, t.summary from practice_translations t join practices p on p.id = t.practice_id
      where t.status = 'published' and p.status = 'published'
    ) d,
      lateral (select distinct w as word
               from regexp_split_to_table(lower(unaccent(coalesce(d.title, '') || ' ' || d.summary)), '[^a-z]+') w
               where length(w) between 3 and 30) words
    group by word`);
}
