"use server";

import { getDb } from "@gp/db/client";
import { unmergePractice } from "@gp/db/duplicates";
import { revertPractice } from "@gp/db/curation";
import { revertTranslation } from "@gp/db/translations";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { editorAction, reloadMessage } from "@/lib/auth/action-client";
import { failed, succeeded } from "@/lib/form-state";
import { fieldLabels } from "@/lib/labels";
import { translationLanguageNames } from "@/lib/translation-form";

const revertInput = z.object({
  practiceId: z.coerce.number().int().positive(),
  eventId: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
  /** "1": the version before the event, undoing it too. */
  before: z.enum(["0", "1"]).default("0"),
});

/** Restores the practice as it was right after a history event (a new version; history is kept). */
export const restoreVersion = editorAction(
  { schema: revertInput, invalid: { message: reloadMessage } },
  async ({ actor, input }) => {
    const result = await revertPractice(getDb(), {
      practiceId: input.practiceId,
      eventId: input.eventId,
      expectedVersion: input.version,
      actorId: actor.id,
      beforeEvent: input.before === "1",
    });
    if (result.status === "conflict")
      return failed("The practice changed since this page was loaded; reload it to see the latest history.");
    if (result.status === "unchanged") return succeeded("The practice already has these values; nothing to restore.");
    revalidatePath(`/practices/${input.practiceId}`, "layout");
    return `Restored as version ${result.version} (${result.changed.map((f) => fieldLabels[f] ?? f).join(", ")}).`;
  },
);

/** Undoes the latest merge of a practice: both are live again. */
export const unmerge = editorAction(
  { schema: z.object({ mergedId: z.coerce.number().int().positive() }), invalid: { message: reloadMessage } },
  async ({ actor, input }) => {
    const { survivorId, kept } = await unmergePractice(getDb(), { mergedId: input.mergedId, actorId: actor.id });
    revalidatePath(`/practices/${survivorId}`, "layout");
    // The unmerge button leaves the page with the merge, so the outcome is told on the history page.
    return {
      redirect: `/practices/${input.mergedId}/history?unmerged=${survivorId}${kept.length ? `&kept=${kept.join(",")}` : ""}`,
    };
  },
);

/** Restores a translation as it was right after (or before) a history event; a new event records it. */
export const restoreTranslation = editorAction(
  {
    schema: z.object({
      practiceId: z.coerce.number().int().positive(),
      eventId: z.coerce.number().int().positive(),
      before: z.enum(["0", "1"]).default("0"),
    }),
    invalid: { message: reloadMessage },
  },
  async ({ actor, input }) => {
    const result = await revertTranslation(getDb(), {
      practiceId: input.practiceId,
      eventId: input.eventId,
      beforeEvent: input.before === "1",
      actorId: actor.id,
    });
    if (result.status === "unchanged") return succeeded("The translation already is like this; nothing to restore.");
    revalidatePath(`/practices/${input.practiceId}`, "layout");
    return `The ${translationLanguageNames[result.language]} translation was restored.`;
  },
);
