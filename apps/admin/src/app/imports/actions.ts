"use server";

import { getDb } from "@gp/db/client";
import { deletePendingImport, getPendingImport } from "@gp/db/imports";
import { applyImport, type ImportPlan } from "@gp/ingest";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/auth/guard";
import { failed, type FormState } from "@/lib/form-state";
import { plural } from "@/lib/labels";

const pendingId = z.object({ id: z.uuid() });

/**
 * Applies a previewed upload. The import plans again inside its transaction, so it applies to the
 * database as it is now (an import is all or nothing, one at a time); the list then shows its counts.
 */
export const applyPendingImport = formAction("editor", async (actor, formData): Promise<FormState> => {
  const parsed = pendingId.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failed("This request is not valid; reload the page.");
  const db = getDb();
  const pending = await getPendingImport(db, parsed.data.id);
  if (!pending)
    return failed("This upload is no longer waiting (applied, discarded, or older than a day). Upload the file again.");
  const report = await applyImport(db, pending.plan as ImportPlan, { actor: actor.email, userId: actor.id });
  if (report.errors.length)
    return failed(`The import found ${plural(report.errors.length, "error")} and wrote nothing.`);
  await deletePendingImport(db, pending.id);
  revalidatePath("/", "layout");
  const batch = report.files.find((f) => f.batchId !== null)?.batchId;
  redirect(batch ? `/imports?applied=${batch}` : "/imports");
});

export const discardPendingImport = formAction("editor", async (_actor, formData): Promise<FormState> => {
  const parsed = pendingId.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failed("This request is not valid; reload the page.");
  await deletePendingImport(getDb(), parsed.data.id);
  revalidatePath("/imports");
  redirect("/imports");
});
