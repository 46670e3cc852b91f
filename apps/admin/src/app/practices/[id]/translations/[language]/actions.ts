"use server";

import { getDb } from "@gp/db/client";
import { saveTranslation } from "@gp/db/translations";
import { editorAction } from "@/lib/auth/action-client";
import { failed } from "@/lib/form-state";
import { translationFields, translationLanguageNames } from "@/lib/translation-form";

/**
 * Saves a practice's translation. Under optimistic locking: a save over a version the editor did not
 * load is refused, with what they typed kept. Saving makes the translation from the original as it
 * is now, so an outdated translation the editor reviewed is up to date again.
 */
export const saveTranslationAction = editorAction({ schema: translationFields }, async ({ actor, input, formData }) => {
  const result = await saveTranslation(getDb(), {
    practiceId: input.practiceId,
    language: input.language,
    title: input.title,
    summary: input.summary,
    status: input.status,
    expectedVersion: input.version,
    actorId: actor.id,
  });
  const name = translationLanguageNames[input.language];
  if (result.status === "conflict")
    return failed(
      `Someone else saved the ${name} translation meanwhile; reload the page to see it (your text is kept below).`,
      formData,
    );
  if (result.status === "unchanged") return `The ${name} translation already says this; nothing to save.`;
  // The page shows the saved version (and the outdated mark) at once.
  return { redirect: `/practices/${input.practiceId}/translations/${input.language}?saved=1` };
});
