import { getDb } from "@gp/db/client";
import { getPracticeDetail } from "@gp/db/curation";
import { derivedTitle } from "@gp/db/text";
import { translationsOf } from "@gp/db/translations";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminFrame } from "@/components/admin-frame";
import { ChangeTable } from "@/components/change-table";
import { requirePage } from "@/lib/auth/guard";
import { formatDateTime } from "@/lib/labels";
import { loadById } from "@/lib/page-id";
import { translationLanguage, translationLanguageNames } from "@/lib/translation-form";
import { TranslationForm } from "./translation-form";

export const metadata: Metadata = { title: "Translation" };

/** A practice's translation into one language, edited side by side with its original. */
export default async function TranslationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; language: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePage();
  const db = getDb();
  const language = translationLanguage.safeParse((await params).language);
  if (!language.success) notFound();
  const practice = await loadById(params, (id) => getPracticeDetail(db, id));
  const translation = (await translationsOf(db, practice.id)).find((t) => t.language === language.data) ?? null;
  const name = translationLanguageNames[language.data];
  const title = practice.title ?? derivedTitle(practice.summary);
  const saved = (await searchParams).saved === "1";
  // The original's changes since the version the translation was made from: its text then and now.
  const since = translation?.outdated
    ? [
        { field: "title", label: "Title", from: translation.sourceTitle ?? "(none)", to: practice.title ?? "(none)" },
        { field: "summary", label: "Summary", from: translation.sourceSummary, to: practice.summary },
      ].filter((c) => c.from !== c.to)
    : [];

  return (
    <AdminFrame actor={actor} current="/practices">
      <nav aria-label="Breadcrumb" className="gp-breadcrumb">
        <Link href="/practices">Practices</Link> › <Link href={`/practices/${practice.id}`}>#{practice.id}</Link> ›{" "}
        <span aria-current="page">{name} translation</span>
      </nav>
      <h1 className="gp-page-title">
        {name} translation of “{title}”
      </h1>
      {saved ? (
        <p className="gp-alert" data-tone="success" role="status">
          The {name} translation was saved (version {translation?.version}).
        </p>
      ) : null}
      {practice.status === "merged" ? (
        <p className="gp-alert" data-tone="warning" role="status">
          This practice was merged into another; translate the practice it was merged into.
        </p>
      ) : null}
      {translation?.outdated ? (
        <section className="gp-alert" data-tone="warning" aria-labelledby="outdated-title">
          <h2 id="outdated-title" className="gp-h3">
            Outdated: the original changed since version {translation.sourceVersion}
          </h2>
          <p>
            The translation was made from version {translation.sourceVersion}; the original is at version{" "}
            {practice.version} now. What changed in its text (see the{" "}
            <Link href={`/practices/${practice.id}/history`}>history</Link> for each change):
          </p>
          <ChangeTable changes={since} />
          <p>Saving the translation marks it as made from the current version.</p>
        </section>
      ) : null}
      <div className="gp-translate">
        <section className="gp-card" aria-labelledby="original-title">
          <h2 id="original-title">Original (version {practice.version})</h2>
          <dl className="gp-facts">
            <dt>Title</dt>
            <dd lang={practice.language ?? "en"}>{practice.title ?? <span className="gp-muted">(none)</span>}</dd>
            <dt>Summary</dt>
            <dd lang={practice.language ?? "en"} className="gp-prewrap">
              {practice.summary}
            </dd>
          </dl>
        </section>
        <section aria-labelledby="translation-title">
          <h2 id="translation-title">
            {name}
            {translation
              ? ` (version ${translation.version}, ${translation.status}, updated ${formatDateTime(translation.updatedAt)})`
              : ": not translated yet"}
          </h2>
          {practice.status === "merged" ? null : (
            <TranslationForm
              practiceId={practice.id}
              language={language.data}
              languageName={name}
              loaded={
                translation
                  ? {
                      version: translation.version,
                      title: translation.title,
                      summary: translation.summary,
                      status: translation.status,
                    }
                  : null
              }
            />
          )}
        </section>
      </div>
    </AdminFrame>
  );
}
