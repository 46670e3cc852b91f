import { getDb } from "@gp/db/client";
import { derivedTitle } from "@gp/db/text";
import { translationQueue } from "@gp/db/translations";
import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { AdminFrame } from "@/components/admin-frame";
import { requirePage } from "@/lib/auth/guard";
import { plural } from "@/lib/labels";
import { translationLanguage, translationLanguageNames } from "@/lib/translation-form";

export const metadata: Metadata = { title: "Translation queue" };

const PAGE_SIZE = 50;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
/** The queue's state in the URL; anything unreadable falls back to the first page of French, missing. */
const queueParams = z.object({
  language: translationLanguage.catch("fr"),
  kind: z.enum(["missing", "outdated"]).catch("missing"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

/** Practices missing a translation into a language, or whose translation is outdated, a page at a time. */
export default async function TranslationQueuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePage();
  const query = await searchParams;
  const { language, kind, page } = queueParams.parse({
    language: first(query.language),
    kind: first(query.kind),
    page: first(query.page) ?? 1,
  });
  const { rows, total } = await translationQueue(getDb(), { language, kind, page: page - 1, pageSize: PAGE_SIZE });
  const name = translationLanguageNames[language];
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const link = (p: number) => `/translations?language=${language}&kind=${kind}&page=${p}`;

  return (
    <AdminFrame actor={actor} current="/">
      <h1>
        {kind === "missing" ? `Not yet in ${name}` : `${name} translations to update`}{" "}
        <span className="gp-badge">{total}</span>
      </h1>
      <p className="gp-lede">
        {kind === "missing"
          ? `Published and draft practices with no ${name} translation (practices written in ${name} need none).`
          : `${name} translations whose original's title or summary changed after they were made.`}
      </p>
      {rows.length === 0 ? (
        <p className="gp-muted">Nothing waiting here.</p>
      ) : (
        <ol className="gp-plain-list" aria-label="Practices">
          {rows.map((p) => (
            <li key={p.id}>
              <Link href={`/practices/${p.id}/translations/${language}`}>
                #{p.id} {p.title ?? derivedTitle(p.summary)}
              </Link>
            </li>
          ))}
        </ol>
      )}
      <nav aria-label="Pages" className="gp-links">
        <span>
          Page {page} of {pages} ({plural(total, "practice")})
        </span>
        {page > 1 ? <Link href={link(page - 1)}>Previous page</Link> : null}
        {page < pages ? <Link href={link(page + 1)}>Next page</Link> : null}
      </nav>
    </AdminFrame>
  );
}
