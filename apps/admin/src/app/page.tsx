import { getDb } from "@gp/db/client";
import { dashboardCounts, listOpenConflicts, practiceQueue } from "@gp/db/curation";
import { listOpenCandidates } from "@gp/db/duplicates";
import { translationCounts } from "@gp/db/translations";
import type { Metadata } from "next";
import Link from "next/link";
import { AdminFrame } from "@/components/admin-frame";
import { TranslationQueueCard } from "@/components/translation-queue-card";
import { requirePage } from "@/lib/auth/guard";
import { fieldLabels, plural } from "@/lib/labels";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const actor = await requirePage();
  const db = getDb();
  const [counts, candidates, untitled, untagged, conflicts, translations] = await Promise.all([
    dashboardCounts(db),
    listOpenCandidates(db, { page: 0, pageSize: 5 }),
    practiceQueue(db, { queue: "untitled", limit: 5 }),
    practiceQueue(db, { queue: "untagged", limit: 5 }),
    listOpenConflicts(db, { limit: 5 }),
    translationCounts(db),
  ]);
  const stats = [
    { label: "Published", value: counts.published, href: "/practices?status=published" },
    { label: "Drafts", value: counts.draft, href: "/practices?status=draft" },
    { label: "Withdrawn", value: counts.withdrawn, href: "/practices?status=withdrawn" },
    { label: "Merged away", value: counts.merged, href: "/practices?status=merged" },
    { label: "Institutions", value: counts.institutions },
    { label: "Topics", value: counts.topics, href: "/topics" },
    { label: "Imports", value: counts.imports, href: "/imports" },
  ];

  return (
    <AdminFrame actor={actor} current="/">
      <h1>Dashboard</h1>
      <p className="gp-lede">
        Welcome, {actor.name ?? actor.email}. The queues below are the work waiting for editors.
      </p>
      <ul className="gp-stats" aria-label="Figures">
        {stats.map((s) => (
          <li key={s.label} className="gp-stat">
            {s.href ? (
              <Link href={s.href}>
                <span className="gp-stat__value">{s.value}</span>
                <span className="gp-stat__label">{s.label}</span>
              </Link>
            ) : (
              <>
                <span className="gp-stat__value">{s.value}</span>
                <span className="gp-stat__label">{s.label}</span>
              </>
            )}
          </li>
        ))}
      </ul>

      <div className="gp-queues">
        <section className="gp-card gp-queue" aria-labelledby="q-duplicates">
          <h2 id="q-duplicates">
            Duplicate candidates <span className="gp-badge">{counts.openCandidates}</span>
          </h2>
          {candidates.rows.length === 0 ? (
            <p className="gp-muted">No open candidates.</p>
          ) : (
            <ol>
              {candidates.rows.map((c) => (
                <li key={c.id}>
                  <Link href={`/duplicates/${c.id}`}>
                    {c.a.title} ↔ {c.b.title}
                  </Link>
                  <span className="gp-queue__meta">Similarity {Math.round(c.score * 100)}%</span>
                </li>
              ))}
            </ol>
          )}
          <Link href="/duplicates">All duplicate candidates</Link>
        </section>

        <section className="gp-card gp-queue" aria-labelledby="q-untitled">
          <h2 id="q-untitled">
            Without a title <span className="gp-badge">{counts.untitled}</span>
          </h2>
          {untitled.length === 0 ? (
            <p className="gp-muted">Every practice has a title.</p>
          ) : (
            <ul>
              {untitled.map((p) => (
                <li key={p.id}>
                  <Link href={`/practices/${p.id}`}>{p.title}</Link>
                  <span className="gp-queue__meta">{p.institution}</span>
                </li>
              ))}
            </ul>
          )}
          <Link href="/practices?queue=untitled">All practices without a title</Link>
        </section>

        <section className="gp-card gp-queue" aria-labelledby="q-untagged">
          <h2 id="q-untagged">
            Without topics <span className="gp-badge">{counts.untagged}</span>
          </h2>
          {untagged.length === 0 ? (
            <p className="gp-muted">Every practice has topics.</p>
          ) : (
            <ul>
              {untagged.map((p) => (
                <li key={p.id}>
                  <Link href={`/practices/${p.id}`}>{p.title}</Link>
                  <span className="gp-queue__meta">{p.institution}</span>
                </li>
              ))}
            </ul>
          )}
          <Link href="/practices?queue=untagged">All practices without topics</Link>
        </section>

        <section className="gp-card gp-queue" aria-labelledby="q-conflicts">
          <h2 id="q-conflicts">
            Import conflicts <span className="gp-badge">{counts.openConflicts}</span>
          </h2>
          {conflicts.length === 0 ? (
            <p className="gp-muted">No open conflicts: imports agree with what editors curated.</p>
          ) : (
            <ul>
              {conflicts.map((c) => (
                <li key={c.id}>
                  <Link href={`/practices/${c.practiceId}`}>{c.practiceTitle}</Link>
                  <span className="gp-queue__meta">
                    {fieldLabels[c.field] ?? c.field} differs in {c.fileName}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <Link href="/conflicts">
            {counts.openConflicts ? `Review ${plural(counts.openConflicts, "conflict")}` : "Import conflicts"}
          </Link>
        </section>

        <TranslationQueueCard counts={translations} />
      </div>
    </AdminFrame>
  );
}
