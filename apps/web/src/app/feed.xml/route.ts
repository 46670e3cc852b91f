import { excerpt, streamPractices, toQueryString } from "@gp/db/search";
import { readDb } from "@/lib/db";
import { selectionRoute } from "@/lib/selection";
import { siteName } from "@/lib/site";
import { xml } from "@/lib/xml";

const ENTRIES = 50;

// Answers from the database and the request, never from a build-time copy.
export const dynamic = "force-dynamic";

/** GET /feed.xml?…: an Atom feed of the newest practices of a selection (same filters as the search). */
export const GET = selectionRoute(async ({ filter, params, origin }) => {
  const query = toQueryString({ ...params, page: 1, sort: undefined });
  const rows = [];
  for await (const batch of streamPractices(readDb(), filter, {
    order: "newest-added",
    limit: ENTRIES,
    batchSize: ENTRIES,
  }))
    rows.push(...batch);
  const updated = rows.reduce((latest, r) => (r.updatedAt > latest ? r.updatedAt : latest), new Date(0));
  const entries = rows.map(
    (r) => `  <entry>
    <id>${xml(`${origin}/practices/${r.slug}`)}</id>
    <title>${xml(r.title)}</title>
    <link rel="alternate" type="text/html" href="${xml(`${origin}/practices/${r.slug}`)}"/>
    <published>${r.createdAt.toISOString()}</published>
    <updated>${r.updatedAt.toISOString()}</updated>
    <author><name>${xml(r.institution)}</name></author>
${r.topics.map((t) => `    <category term="${xml(t)}"/>`).join("\n")}
    <summary type="text">${xml(`${r.country}${r.awardYear ? `, awarded ${r.awardYear}` : ""}. ${excerpt(r.summary, 400)}`)}</summary>
  </entry>`,
  );
  const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xml(`${origin}/feed.xml${query}`)}</id>
  <title>${xml(filter.q ? `${siteName}: “${filter.q}”` : siteName)}</title>
  <subtitle>The newest practices${query ? " of this search" : ""}.</subtitle>
  <link rel="self" type="application/atom+xml" href="${xml(`${origin}/feed.xml${query}`)}"/>
  <link rel="alternate" type="text/html" href="${xml(`${origin}/practices${query}`)}"/>
  <updated>${(rows.length ? updated : new Date()).toISOString()}</updated>
${entries.join("\n")}
</feed>
`;
  return new Response(body, {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "no-store" },
  });
});
