import { getDb } from "@gp/db/client";
import { getPracticeDetail, institutionOptions, snapshotOf } from "@gp/db/curation";
import { topicOptions } from "@gp/db/topics";
import { translationsOf } from "@gp/db/translations";
import { derivedTitle } from "@gp/db/text";
import type { Metadata } from "next";
import Link from "next/link";
import { AdminFrame } from "@/components/admin-frame";
import { TranslationsCard } from "@/components/translations-card";
import { requirePage } from "@/lib/auth/guard";
import { loadById } from "@/lib/page-id";
import { fieldLabels, formatDateTime, statusLabels } from "@/lib/labels";
import { publicPracticeUrl } from "@/lib/public-site";
import { PracticeForm } from "./practice-form";

export const metadata: Metadata = { title: "Edit practice" };

export default async function PracticePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePage();
  const db = getDb();
  const practice = await loadById(params, (id) => getPracticeDetail(db, id));
  const [institutions, topics, translations] = await Promise.all([
    institutionOptions(db),
    topicOptions(db),
    translationsOf(db, practice.id),
  ]);
  const title = practice.title ?? derivedTitle(practice.summary);
  const publicUrl = publicPracticeUrl(practice.slug);
  const created = (await searchParams).created === "1";

  return (
    <AdminFrame actor={actor} current="/practices">
      <nav aria-label="Breadcrumb" className="gp-breadcrumb">
        <Link href="/practices">Practices</Link> › <span aria-current="page">#{practice.id}</span>
      </nav>
      <h1 className="gp-page-title">
        {title}
        {practice.title === null ? (
          <span className="gp-badge" data-tone="warning">
            derived title
          </span>
        ) : null}
      </h1>
      <div className="gp-edit-layout">
        <div>
          {created ? (
            <p className="gp-alert" data-tone="success" role="status">
              The entry was created{practice.status === "draft" ? " as a draft" : " and published"}. You can keep
              editing it here.
            </p>
          ) : null}
          {practice.status === "merged" ? (
            <div className="gp-alert" data-tone="warning" role="status">
              This practice was merged into{" "}
              {practice.mergedInto ? (
                <Link href={`/practices/${practice.mergedInto.id}`}>{practice.mergedInto.title}</Link>
              ) : (
                "another practice"
              )}
              . Its public address redirects there. To edit it again,{" "}
              <Link href={`/practices/${practice.id}/history`}>unmerge it from its history</Link>.
            </div>
          ) : (
            <PracticeForm
              practice={{
                id: practice.id,
                version: practice.version,
                snapshot: snapshotOf(practice),
                curatedFields: practice.curatedFields,
              }}
              institutions={institutions}
              topics={topics}
            />
          )}
        </div>
        <aside className="gp-edit-aside" aria-label="About this practice">
          <section className="gp-card">
            <h2>Status</h2>
            <dl className="gp-facts">
              <dt>Status</dt>
              <dd>
                <span className="gp-status" data-status={practice.status}>
                  {statusLabels[practice.status]}
                </span>
              </dd>
              <dt>Version</dt>
              <dd>{practice.version}</dd>
              <dt>Public address</dt>
              <dd>
                {publicUrl ? (
                  <a href={publicUrl}>/practices/{practice.slug}</a>
                ) : (
                  <code>/practices/{practice.slug}</code>
                )}
              </dd>
              <dt>Curated fields</dt>
              <dd>
                {practice.curatedFields.length
                  ? practice.curatedFields.map((f) => fieldLabels[f] ?? f).join(", ")
                  : "None yet"}
              </dd>
              {practice.curatedAt ? (
                <>
                  <dt>Last curated</dt>
                  <dd>
                    {formatDateTime(practice.curatedAt)}
                    {practice.curatedBy ? ` by ${practice.curatedBy}` : ""}
                  </dd>
                </>
              ) : null}
            </dl>
            <p className="gp-links">
              <Link href={`/practices/${practice.id}/history`}>History</Link>
              {practice.status !== "merged" ? (
                <Link href={`/duplicates/compare?a=${practice.id}`}>Merge with another practice…</Link>
              ) : null}
            </p>
          </section>
          <TranslationsCard practiceId={practice.id} original={practice.language} translations={translations} />
          <section className="gp-card">
            <h2>Sources</h2>
            {practice.sources.length === 0 ? (
              <p className="gp-muted">Entered by an editor; no import record.</p>
            ) : (
              <ul className="gp-plain-list">
                {practice.sources.map((s) => (
                  <li key={`${s.batchId}-${s.line}`}>
                    {s.fileName}, line {s.line}
                    {s.practiceId !== practice.id ? (
                      <span className="gp-muted"> (from merged #{s.practiceId})</span>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
            {practice.mergedFrom.length ? (
              <>
                <h3>Merged into this one</h3>
                <ul className="gp-plain-list">
                  {practice.mergedFrom.map((m) => (
                    <li key={m.id}>
                      <Link href={`/practices/${m.id}`}>{m.title}</Link>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
        </aside>
      </div>
    </AdminFrame>
  );
}
