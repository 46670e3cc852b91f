import { getDb } from "@gp/db/client";
import { listImportBatches, listPendingImports } from "@gp/db/imports";
import { parseTableState } from "@gp/ui/table/server";
import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { AdminFrame } from "@/components/admin-frame";
import { requirePage } from "@/lib/auth/guard";
import { uploadErrors } from "@/lib/imports";
import { formatDateTime, plural } from "@/lib/labels";
import { BatchesTable } from "./batches-table";
import { UploadForm } from "./upload-form";

export const metadata: Metadata = { title: "Imports" };

/** The counts of an applied translations upload, from its redirect (`added-updated-unchanged-conflicts`). */
const appliedTranslationsParam = z
  .string()
  .regex(/^\d{1,9}(-\d{1,9}){3}$/)
  .transform((v) => {
    const [added, updated, unchanged, conflicts] = v.split("-").map(Number) as [number, number, number, number];
    return { added, updated, unchanged, conflicts };
  });

function appliedTranslations(value: unknown) {
  const parsed = appliedTranslationsParam.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export default async function ImportsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePage();
  const params = await searchParams;
  const error =
    typeof params.error === "string" && params.error in uploadErrors
      ? uploadErrors[params.error as keyof typeof uploadErrors]
      : null;
  const errorOf = (kind: "practices" | "translations") =>
    (params.form === "translations") === (kind === "translations") ? error : null;
  const translated = appliedTranslations(params.translations);
  const applied =
    typeof params.applied === "string" && /^\d{1,9}$/.test(params.applied) ? Number(params.applied) : null;
  const table = parseTableState(params, { sorts: [] });
  const db = getDb();
  const [batches, pending] = await Promise.all([
    listImportBatches(db, { page: table.page, pageSize: table.pageSize }),
    listPendingImports(db),
  ]);

  return (
    <AdminFrame actor={actor} current="/imports">
      <h1>Imports</h1>
      <p className="gp-lede">
        Upload an ISSA export: the listing as saved from the site, or CSV or JSON with the same fields. You first see
        what the import would do (a dry run: nothing is written); then you apply it. Fields editors curated are never
        overwritten: differences are listed as conflicts.
      </p>
      {applied !== null ? (
        <p className="gp-alert" data-tone="success" role="status">
          Import applied (batch {applied}). Its counts are in the list below.
        </p>
      ) : null}
      {translated ? (
        <p className="gp-alert" data-tone="success" role="status">
          Translations imported: {translated.added} added, {translated.updated} updated, {translated.unchanged}{" "}
          unchanged
          {translated.conflicts
            ? `; ${plural(translated.conflicts, "curated translation")} kept as editors left ${translated.conflicts === 1 ? "it" : "them"}`
            : ""}
          .
        </p>
      ) : null}
      <section className="gp-card" aria-labelledby="upload-title">
        <h2 id="upload-title">Upload an export</h2>
        <UploadForm serverError={errorOf("practices")} />
      </section>
      <section className="gp-card" aria-labelledby="upload-translations-title">
        <h2 id="upload-translations-title">Upload translations</h2>
        <p className="gp-muted">
          Titles and summaries of practices in French, German, Spanish or English, as{" "}
          <code>npm run ingest -- FILE --translations</code> reads them. They are published unless a record says draft;
          a translation an editor edited is never overwritten (a conflict instead).
        </p>
        <UploadForm serverError={errorOf("translations")} kind="translations" />
      </section>
      {pending.length ? (
        <section className="gp-section" aria-labelledby="pending-title">
          <h2 id="pending-title">Waiting to be applied</h2>
          <ul className="gp-plain-list">
            {pending.map((p) => (
              <li key={p.id}>
                <Link href={`/imports/pending/${p.id}`}>{p.fileName}</Link>{" "}
                <span className="gp-muted">
                  ({p.kind === "translations" ? "translations, " : ""}
                  {p.format}, uploaded by {p.createdBy ?? "a former user"}, {formatDateTime(p.createdAt)})
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="gp-section" aria-labelledby="past-title">
        <h2 id="past-title">Past imports</h2>
        <BatchesTable
          rows={batches.rows.map((b) => ({
            ...b,
            startedAt: b.startedAt.toISOString(),
            finishedAt: b.finishedAt?.toISOString() ?? null,
          }))}
          total={batches.total}
          state={table}
        />
      </section>
    </AdminFrame>
  );
}
