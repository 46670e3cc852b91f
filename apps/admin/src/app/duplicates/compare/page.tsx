import { getDb } from "@gp/db/client";
import { getPracticeDetail } from "@gp/db/curation";
import { findPractices } from "@gp/db/duplicates";
import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { AdminFrame } from "@/components/admin-frame";
import { ComparePractices } from "@/components/compare-practices";
import { requirePage } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "Merge two practices" };

const params = z.object({
  a: z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number)
    .optional()
    .catch(undefined),
  b: z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number)
    .optional()
    .catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
});

/** Merge any two practices: find each by search, then compare them side by side. */
export default async function ComparePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePage();
  const raw = await searchParams;
  const { a, b, q } = params.parse({ a: raw.a, b: raw.b, q: raw.q || undefined });
  const db = getDb();
  const [pa, pb] = await Promise.all([a ? getPracticeDetail(db, a) : null, b ? getPracticeDetail(db, b) : null]);
  const picking = !pa ? "a" : !pb ? "b" : null;
  const results = picking && q ? (await findPractices(db, q, 12)).filter((p) => p.id !== pa?.id) : [];
  const link = (id: number) => (picking === "a" ? `?a=${id}` : `?a=${pa!.id}&b=${id}`);

  return (
    <AdminFrame actor={actor} current="/duplicates">
      <nav aria-label="Breadcrumb" className="gp-breadcrumb">
        <Link href="/duplicates">Duplicates</Link> › <span aria-current="page">Merge two practices</span>
      </nav>
      <h1>Merge two practices</h1>
      {picking ? (
        <section className="gp-card">
          <h2>{picking === "a" ? "Find the first practice" : `Find the practice to compare with #${pa!.id}`}</h2>
          <form method="get" role="search" className="gp-inline-form" aria-label="Find a practice">
            {pa ? <input type="hidden" name="a" value={pa.id} /> : null}
            <div className="gp-field">
              <label htmlFor="q">Words, part of a title, a slug or an id</label>
              <input className="gp-input" id="q" name="q" type="search" defaultValue={q ?? ""} />
            </div>
            <button className="gp-button" type="submit">
              Search
            </button>
          </form>
          {q ? (
            results.length ? (
              <ul className="gp-plain-list gp-results" aria-label="Matching practices">
                {results.map((p) => (
                  <li key={p.id}>
                    <Link href={link(p.id)}>
                      #{p.id} {p.title}
                    </Link>
                    <span className="gp-queue__meta">{p.institution}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="gp-muted">No live practice matches “{q}”.</p>
            )
          ) : null}
        </section>
      ) : (
        <>
          <p className="gp-lede">
            <Link href={`?a=${pa!.id}`}>Choose another second practice</Link>
          </p>
          <ComparePractices a={pa!} b={pb!} />
        </>
      )}
    </AdminFrame>
  );
}
