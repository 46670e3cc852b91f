import { getDb } from "@gp/db/client";
import { getPendingImport } from "@gp/db/imports";
import { type ImportReport, isTranslationPlan, type TranslationImportReport } from "@gp/ingest";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/action-form";
import { AdminFrame } from "@/components/admin-frame";
import { ImportReportView } from "@/components/import-report";
import { TranslationReportView } from "@/components/translation-import-report";
import { requirePage } from "@/lib/auth/guard";
import { formatDateTime } from "@/lib/labels";
import { applyPendingImport, discardPendingImport } from "../../actions";

export const metadata: Metadata = { title: "Import preview" };

export default async function PendingImportPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage();
  const { id } = await params;
  const pending = await getPendingImport(getDb(), id);
  if (!pending) notFound();
  // A translations file and an ISSA export are kept alike; their reports differ.
  const translations = isTranslationPlan(pending.plan);
  const file = translations ? undefined : (pending.report as ImportReport).files[0];
  return (
    <AdminFrame actor={actor} current="/imports">
      <nav aria-label="Breadcrumb" className="gp-breadcrumb">
        <Link href="/imports">Imports</Link> › <span aria-current="page">Preview</span>
      </nav>
      <h1 className="gp-page-title">Preview of {pending.fileName}</h1>
      <p className="gp-lede">
        {translations ? "Translations, " : ""}
        {pending.format} · {(pending.bytes / 1024).toFixed(1)} KB · uploaded by {pending.createdBy ?? "a former user"},{" "}
        {formatDateTime(pending.createdAt)}. This is a dry run: nothing has been written yet.
        {file?.previouslyImported ? " A file with the same content was imported before." : ""}
      </p>
      {translations ? (
        <TranslationReportView report={pending.report as TranslationImportReport} />
      ) : (
        <ImportReportView report={pending.report as ImportReport} />
      )}
      <div className="gp-form-actions">
        {(pending.report as { errors: unknown[] }).errors.length === 0 ? (
          <ActionForm
            action={applyPendingImport}
            hidden={{ id: pending.id }}
            submitLabel="Apply this import"
            pendingLabel="Importing…"
          />
        ) : null}
        <ActionForm
          action={discardPendingImport}
          hidden={{ id: pending.id }}
          submitLabel="Discard"
          variant="secondary"
        />
      </div>
      <p className="gp-muted">
        Applying checks the database again at that moment, so if someone changed a practice meanwhile, the result
        follows what is there then.
      </p>
    </AdminFrame>
  );
}
