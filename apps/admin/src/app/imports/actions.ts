"use server";

import { getDb } from "@gp/db/client";
import { deletePendingImport, getPendingImport } from "@gp/db/imports";
import { applyImport, applyTranslationPlan, type ImportPlan, isTranslationPlan } from "@gp/ingest";
import { z } from "zod";
import { editorAction, reloadMessage } from "@/lib/auth/action-client";
import { failed } from "@/lib/form-state";
import { plural } from "@/lib/labels";

const pendingId = { schema: z.object({ id: z.uuid() }), invalid: { message: reloadMessage } };

/**
 * Applies a previewed upload. The import plans again inside its transaction, so it applies to the
 * database as it is now (an import is all or nothing, one at a time); the list then shows its counts.
 */
export const applyPendingImport = editorAction(
  { ...pendingId, revalidate: [["/", "layout"]] },
  async ({ actor, input }) => {
    const db = getDb();
    const pending = await getPendingImport(db, input.id);
    if (!pending)
      return failed(
        "This upload is no longer waiting (applied, discarded, or older than a day). Upload the file again.",
      );
    if (isTranslationPlan(pending.plan)) {
      const report = await applyTranslationPlan(db, pending.plan, { actor: actor.email, userId: actor.id });
      if (report.errors.length)
        return failed(`The import found ${plural(report.errors.length, "error")} and wrote nothing.`);
      await deletePendingImport(db, pending.id);
      const { added, updated, unchanged, conflicts } = report;
      return { redirect: `/imports?translations=${[added, updated, unchanged, conflicts].join("-")}` };
    }
    const report = await applyImport(db, pending.plan as ImportPlan, { actor: actor.email, userId: actor.id });
    if (report.errors.length)
      return failed(`The import found ${plural(report.errors.length, "error")} and wrote nothing.`);
    await deletePendingImport(db, pending.id);
    const batch = report.files.find((f) => f.batchId !== null)?.batchId;
    return { redirect: batch ? `/imports?applied=${batch}` : "/imports" };
  },
);

export const discardPendingImport = editorAction({ ...pendingId, revalidate: ["/imports"] }, async ({ input }) => {
  await deletePendingImport(getDb(), input.id);
  return { redirect: "/imports" };
});
