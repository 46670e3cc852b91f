import { excerpt, streamPractices, toQueryString } from "@gp/db/search";
import { getTranslations } from "next-intl/server";
import { localePath } from "@/i18n/paths";
import { readDb } from "./db";
import { countryName } from "@/i18n/names";
import { practiceUrl, type Selection } from "./selection";
import { xml } from "./xml";

const ENTRIES = 50;

/**
 * An Atom feed of the newest practices of a selection, in its language: the feed's own words, the
 * entries' titles and summaries by the fallback rule (each entry marked with its language), links
 * to the pages in that language.
 */
export async function feedResponse(selection: Selection): Promise<Response> {
  const { filter, params, origin, locale } = selection;
  const [t, meta] = await Promise.all([
    getTranslations({ locale, namespace: "feed" }),
    getTranslations({ locale, namespace: "meta" }),
  ]);
  const query = toQueryString({ ...params, page: 1, sort: undefined });
  const self = `${origin}${localePath(locale, "/feed.xml")}${query}`;
  const rows = [];
  for await (const batch of streamPractices(readDb(), filter, {
    order: "newest-added",
    limit: ENTRIES,
    batchSize: ENTRIES,
  }))
    rows.push(...batch);
  const updated = rows.reduce((latest, r) => (r.updatedAt > latest ? r.updatedAt : latest), new Date(0));
  const entries = rows.map((r) => {
    const url = practiceUrl(selection, r.slug);
    const country = countryName(r.countryCode, locale, r.country);
    const awarded = r.awardYear ? `, ${t("awarded", { year: String(r.awardYear) })}` : "";
    // An entry not in the feed's language (no translation yet) says which it is in.
    return `  <entry${r.language === locale ? "" : ` xml:lang="${r.language}"`}>
    <id>${xml(`${origin}/practices/${r.slug}`)}</id>
    <title>${xml(r.title)}</title>
    <link rel="alternate" type="text/html" href="${xml(url)}"/>
    <published>${r.createdAt.toISOString()}</published>
    <updated>${r.updatedAt.toISOString()}</updated>
    <author><name>${xml(r.institution)}</name></author>
${r.topics.map((topic) => `    <category term="${xml(topic)}"/>`).join("\n")}
    <summary type="text">${xml(`${country}${awarded}. ${excerpt(r.summary, 400)}`)}</summary>
  </entry>`;
  });
  const site = meta("siteName");
  const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"${locale === "en" ? "" : ` xml:lang="${locale}"`}>
  <id>${xml(self)}</id>
  <title>${xml(filter.q ? t("title", { site, q: filter.q }) : site)}</title>
  <subtitle>${xml(query ? t("subtitleSearch") : t("subtitle"))}</subtitle>
  <link rel="self" type="application/atom+xml" href="${xml(self)}"/>
  <link rel="alternate" type="text/html" href="${xml(`${origin}${localePath(locale, "/practices")}${query}`)}"/>
  <updated>${(rows.length ? updated : new Date()).toISOString()}</updated>
${entries.join("\n")}
</feed>
`;
  return new Response(body, {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      "Content-Language": locale,
      "Cache-Control": "no-store",
    },
  });
}
