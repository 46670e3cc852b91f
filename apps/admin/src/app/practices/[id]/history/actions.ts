"use server";

import { getDb } from "@gp/db/client";
import { unmergePractice } from "@gp/db/duplicates";
import { CurationError, revertPractice } from "@gp/db/curation";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/auth/guard";
import { failed, succeeded, type FormState } from "@/lib/form-state";
import { fieldLabels } from "@/lib/labels";

const revertInput = z.object({
  practiceId: z.coerce.number().int().positive(),
  eventId: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
  /** "1": the version before the event, undoing it too. */
  before: z.enum(["0", "1"]).default("0"),
});

/** Restores the practice as it was right after a history event (a new version; history is kept). */
export const restoreVersion = formAction("editor", async (actor, formData): Promise<FormState> => {
  const input = revertInput.safeParse(Object.fromEntries(formData));
  if (!input.success) return failed("This request is not valid; reload the page.");
  try {
    const result = await revertPractice(getDb(), {
      practiceId: input.data.practiceId,
      eventId: input.data.eventId,
      expectedVersion: input.data.version,
      actorId: actor.id,
      beforeEvent: input.data.before === "1",
    });
    if (result.status === "conflict")
      return failed("The practice changed since this page was loaded; reload it to see the latest history.");
    if (result.status === "unchanged") return succeeded("The practice already has these values; nothing to restore.");
    revalidatePath(`/practices/${input.data.practiceId}`, "layout");
    return succeeded(
      `Restored as version ${result.version} (${result.changed.map((f) => fieldLabels[f] ?? f).join(", ")}).`,
    );
  } catch (error) {
    if (error instanceof CurationError) return failed(error.message);
    throw error;
  }
});

/** Undoes the latest merge of a practice: both are live again. */
export const unmerge = formAction("editor", async (actor, formData): Promise<FormState> => {
  const input = z.object({ mergedId: z.coerce.number().int().positive() }).safeParse(Object.fromEntries(formData));
  if (!input.success) return failed("This request is not valid; reload the page.");
  let outcome: { survivorId: number; kept: string[] };
  try {
    const { survivorId, kept } = await unmergePractice(getDb(), { mergedId: input.data.mergedId, actorId: actor.id });
    revalidatePath(`/practices/${survivorId}`, "layout");
    outcome = { survivorId, kept };
  } catch (error) {
    if (error instanceof CurationError) return failed(error.message);
    throw error;
  }
  // The unmerge button leaves the page with the merge, so the outcome is told on the history page.
  redirect(
    `/practices/${input.data.mergedId}/history?unmerged=${outcome.survivorId}${outcome.kept.length ? `&kept=${outcome.kept.join(",")}` : ""}`,
  );
});
