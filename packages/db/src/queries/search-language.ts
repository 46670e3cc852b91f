import { type SQL, sql } from "drizzle-orm";
import type { Lang } from "../search/analyser";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "./search";

/**
 * The SQL side of searching in a language, as the in-process index does it (search/text-match.ts):
 * a practice with a published translation into the language is found, ranked and shown by its
 * translation (that language's stemming, translation_document()), every other practice by its
 * original (search_vector, English). Over `practices p`.
 */

/** The published translation of p into `lang` ({title, summary} as JSON), or null. */
export function translationOf(lang: Lang): SQL {
  return sql`(select json_build_object('title', t.title, 'summary', t.summary) from practice_translations t
    where t.practice_id = p.id and t.language = ${lang} and t.status = 'published')`;
}

const english = (q: string) => sql`websearch_to_tsquery('gp_english', ${q})`;
const inLanguage = (q: string, lang: Lang) => sql`websearch_to_tsquery(search_config(${lang}), ${q})`;
const translationDocument = (lang: Lang, o: string) =>
  sql`translation_document(${lang}, t.title, t.summary, ${sql.raw(o)}.institution_id, ${sql.raw(o)}.topic_ids)`;
const published = (lang: Lang) => sql`t.language = ${lang} and t.status = 'published'`;

/**
 * The practices the text finds, as a condition on p: those whose original matches, or whose
 * translation does (an array computed once), less those translated into `lang` whose translation
 * does not (an anti-join). The original's side keeps its GIN index scan (a BitmapOr with the
 * translated ids). Translations' documents are computed as the search runs, about 1 ms per
 * translation into the language searched: the in-process index is the engine, this its fallback.
 */
export function textMatch(q: string, lang: Lang): SQL {
  return sql`(p.search_vector @@ ${english(q)}
    or p.id = any(array(select t.practice_id from practice_translations t join practices o on o.id = t.practice_id
      where ${published(lang)} and ${translationDocument(lang, "o")} @@ ${inLanguage(q, lang)})))
    and not exists (select 1 from practice_translations t where t.practice_id = p.id and ${published(lang)}
      and not (${translationDocument(lang, "p")} @@ ${inLanguage(q, lang)}))`;
}

/** ts_rank of p for the text, by its translation into `lang` when it has one. */
export function textRank(q: string, lang: Lang): SQL {
  return sql`coalesce(
    (select ts_rank(${translationDocument(lang, "p")}, ${inLanguage(q, lang)}) from practice_translations t
     where t.practice_id = p.id and ${published(lang)}),
    ts_rank(p.search_vector, ${english(q)}))`;
}

const headline = () =>
  `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxFragments=2, MaxWords=28, MinWords=12, FragmentDelimiter=" … "`;

/** The matching passages of p's summary shown in `lang` (its translation's, else the original's), as ts_headline marks them. */
export function textHeadline(q: string, lang: Lang): SQL {
  return sql`coalesce(
    (select ts_headline(search_config(${lang}), t.summary, ${inLanguage(q, lang)}, ${headline()}) from practice_translations t
     where t.practice_id = p.id and ${published(lang)}),
    ts_headline('gp_english', p.summary, ${english(q)}, ${headline()}))`;
}

/** How many search words the text has, for the originals plus for translations into `lang`. */
export function searchableWords(q: string, lang: Lang): SQL {
  return sql`numnode(${english(q)}) + numnode(${inLanguage(q, lang)})`;
}
