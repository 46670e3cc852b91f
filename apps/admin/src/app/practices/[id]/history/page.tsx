import { getDb } from "@gp/db/client";
import { getPracticeDetail, type HistoryEvent, practiceHistory } from "@gp/db/curation";
import { derivedTitle } from "@gp/db/text";
import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/action-form";
import { AdminFrame } from "@/components/admin-frame";
import { ChangeTable } from "@/components/change-table";
import { requirePage } from "@/lib/auth/guard";
import { loadById } from "@/lib/page-id";
import { fieldLabels, formatDateTime } from "@/lib/labels";
import { describeEvent } from "@/lib/practice-changes";
import { translationChanges } from "@/lib/translation-changes";
import { restoreTranslation, restoreVersion, unmerge } from "./actions";

export const metadata: Metadata = { title: "History" };

const actionLabels: Record<string, string> = {
  "practice.create": "Created",
  "practice.update": "Edited",
  "practice.revert": "Restored an earlier version",
  "practice.merge": "Another practice was merged into this one",
  "practice.merged_into": "Merged into another practice",
  "practice.unmerge": "Unmerged",
  "translation.create": "Translation added",
  "translation.update": "Translation edited",
  "translation.import": "Translation imported",
  "translation.revert": "Translation restored",
};

function who(event: HistoryEvent): string {
  if (event.user) return event.user;
  if (event.batch) return `import of ${event.batch.fileName}`;
  return "the system";
}

/** Merge bookkeeping in before/after that the change table does not show as fields. */
const bookkeeping = new Set(["merged", "repointed", "survivor", "unmerged", "mergedIntoId"]);

export default async function HistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePage();
  const db = getDb();
  const practice = await loadById(params, (id) => getPracticeDetail(db, id));
  const events = await practiceHistory(db, practice.id);
  const described = await Promise.all(events.map((e) => describeEvent(db, e.before, e.after)));
  const title = practice.title ?? derivedTitle(practice.summary);
  const latestMergeInto = events.find((e) => e.action === "practice.merged_into");
  const query = await searchParams;
  const unmergedFrom =
    typeof query.unmerged === "string" && /^\d{1,9}$/.test(query.unmerged) ? Number(query.unmerged) : null;
  const kept = typeof query.kept === "string" ? query.kept.split(",").filter((f) => f in fieldLabels) : [];
  const mergedIn = typeof query.merged === "string" && /^\d{1,9}$/.test(query.merged) ? Number(query.merged) : null;

  return (
    <AdminFrame actor={actor} current="/practices">
      <nav aria-label="Breadcrumb" className="gp-breadcrumb">
        <Link href="/practices">Practices</Link> › <Link href={`/practices/${practice.id}`}>#{practice.id}</Link> ›{" "}
        <span aria-current="page">History</span>
      </nav>
      <h1 className="gp-page-title">History of “{title}”</h1>
      <p className="gp-lede">
        Every change by an editor or an import, newest first, with the values before and after. Restoring a version
        makes a new version (version {practice.version} now); nothing in the history is lost.
      </p>
      {unmergedFrom !== null ? (
        <p className="gp-alert" data-tone="success" role="status">
          Unmerged: both practices are live again (this one and{" "}
          <Link href={`/practices/${unmergedFrom}`}>#{unmergedFrom}</Link>).
          {kept.length
            ? ` #${unmergedFrom} keeps its later edits of: ${kept.map((f) => fieldLabels[f]).join(", ")}.`
            : ""}
        </p>
      ) : null}
      {mergedIn !== null ? (
        <p className="gp-alert" data-tone="success" role="status">
          Merged: #{mergedIn} is now part of this practice, and its public address redirects here. Unmerge below if this
          was a mistake.
        </p>
      ) : null}
      {events.length === 0 ? <p className="gp-muted">No recorded changes yet.</p> : null}
      <ol className="gp-history">
        {events.map((event, index) => {
          const translated = translationChanges(event.before, event.after);
          const changes = translated?.changes ?? described[index]!.filter((c) => !bookkeeping.has(c.field));
          const mergedAway =
            event.action === "practice.merge"
              ? (event.after?.merged as { id: number; slug: string } | undefined)
              : undefined;
          const survivor =
            event.action === "practice.merged_into"
              ? (event.after?.survivor as { id: number; slug: string } | undefined)
              : undefined;
          const canUnmerge =
            (mergedAway && practice.mergedFrom.some((m) => m.id === mergedAway.id)) ||
            (event.action === "practice.merged_into" &&
              practice.status === "merged" &&
              event.id === latestMergeInto?.id);
          return (
            <li key={event.id} className="gp-history__event">
              <div className="gp-history__head">
                <h2 className="gp-h3">
                  {actionLabels[event.action] ?? event.action}
                  {event.action === "practice.update" && event.batch ? " by an import" : ""}
                </h2>
                <span className="gp-history__who">
                  {formatDateTime(event.at)} · {who(event)}
                </span>
              </div>
              {mergedAway ? (
                <p>
                  Merged in: <Link href={`/practices/${mergedAway.id}`}>#{mergedAway.id}</Link> ({mergedAway.slug})
                </p>
              ) : null}
              {survivor ? (
                <p>
                  Now part of <Link href={`/practices/${survivor.id}`}>#{survivor.id}</Link> ({survivor.slug}); its
                  public address redirects there.
                </p>
              ) : null}
              {event.note ? <p className="gp-muted">{event.note}</p> : null}
              {changes.length ? <ChangeTable changes={changes} /> : null}
              <div className="gp-history__actions">
                {translated && practice.status !== "merged" ? (
                  <>
                    {event.after ? (
                      <ActionForm
                        action={restoreTranslation}
                        hidden={{ practiceId: practice.id, eventId: event.id }}
                        submitLabel="Restore this translation"
                        variant="secondary"
                      />
                    ) : null}
                    <ActionForm
                      action={restoreTranslation}
                      hidden={{ practiceId: practice.id, eventId: event.id, before: "1" }}
                      submitLabel="Restore the translation before this change"
                      variant="secondary"
                      help={
                        event.before
                          ? "Makes the translation say what it said before this change; the history is kept."
                          : "Removes the translation this change added; the history is kept."
                      }
                    />
                  </>
                ) : null}
                {index > 0 && !translated && practice.status !== "merged" ? (
                  <ActionForm
                    action={restoreVersion}
                    hidden={{ practiceId: practice.id, eventId: event.id, version: practice.version }}
                    submitLabel="Restore this version"
                    variant="secondary"
                  />
                ) : null}
                {index === events.length - 1 && event.before && !translated && practice.status !== "merged" ? (
                  <ActionForm
                    action={restoreVersion}
                    hidden={{ practiceId: practice.id, eventId: event.id, version: practice.version, before: "1" }}
                    submitLabel="Restore the version before this change"
                    variant="secondary"
                    help="Makes a new version with the values this practice had before this change; the history is kept."
                  />
                ) : null}
                {canUnmerge ? (
                  <ActionForm
                    action={unmerge}
                    hidden={{ mergedId: mergedAway?.id ?? practice.id }}
                    submitLabel="Unmerge"
                    variant="secondary"
                    confirmText="Unmerge these practices? Both become live again."
                    help="Undoes the merge: both practices are live again, each at its own public address."
                  />
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
    </AdminFrame>
  );
}
