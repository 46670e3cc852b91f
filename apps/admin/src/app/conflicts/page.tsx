import { getDb } from "@gp/db/client";
import { listOpenConflicts } from "@gp/db/curation";
import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/action-form";
import { AdminFrame } from "@/components/admin-frame";
import { requirePage } from "@/lib/auth/guard";
import { fieldLabels, formatDateTime } from "@/lib/labels";
import { displayValue } from "@/lib/practice-changes";
import { resolveConflictAction } from "./actions";

export const metadata: Metadata = { title: "Import conflicts" };

const takeable = new Set(["title", "summary", "implementationYear", "awardYear", "awardDistinction", "language"]);

export default async function ConflictsPage() {
  const actor = await requirePage();
  const conflicts = await listOpenConflicts(getDb(), { limit: 200 });
  return (
    <AdminFrame actor={actor} current="/">
      <h1>Import conflicts</h1>
      <p className="gp-lede">
        An import brought a value that differs from one an editor curated. Editors win: the curated value stays until
        you decide. Keep it, or take the imported value.
      </p>
      {conflicts.length === 0 ? <p className="gp-muted">No open conflicts.</p> : null}
      <ol className="gp-history">
        {conflicts.map((c) => (
          <li key={c.id} className="gp-history__event">
            <div className="gp-history__head">
              <h2 className="gp-h3">
                <Link href={`/practices/${c.practiceId}`}>{c.practiceTitle}</Link>: {fieldLabels[c.field] ?? c.field}
              </h2>
              <span className="gp-history__who">
                {c.fileName} · {formatDateTime(c.createdAt)}
              </span>
            </div>
            <table className="gp-diff-table">
              <tbody>
                <tr>
                  <th scope="row">Curated (kept)</th>
                  <td>{displayValue(c.field, c.currentValue)}</td>
                </tr>
                <tr>
                  <th scope="row">Imported</th>
                  <td>
                    <mark>{displayValue(c.field, c.importedValue)}</mark>
                  </td>
                </tr>
              </tbody>
            </table>
            <div className="gp-history__actions">
              <ActionForm
                action={resolveConflictAction}
                hidden={{ id: c.id, take: "keep" }}
                submitLabel="Keep the curated value"
                variant="secondary"
              />
              {takeable.has(c.field) ? (
                <ActionForm
                  action={resolveConflictAction}
                  hidden={{ id: c.id, take: "imported" }}
                  submitLabel="Take the imported value"
                  variant="secondary"
                />
              ) : null}
            </div>
          </li>
        ))}
      </ol>
    </AdminFrame>
  );
}
