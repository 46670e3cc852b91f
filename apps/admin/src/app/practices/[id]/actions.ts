"use server";

import { getDb } from "@gp/db/client";
import { updatePractice } from "@gp/db/curation";
import { practiceHistory } from "@gp/db/curation";
import { type PracticeSnapshot, snapshotOf } from "@gp/db/curation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { editorAction } from "@/lib/auth/action-client";
import { failed, formValues, type FormState } from "@/lib/form-state";
import { normaliseText, practiceFields, practiceInput, toSnapshot } from "@/lib/practice-form";
import { resolveInstitution } from "@/lib/resolve-choices";
import { describeChanges, type FieldChange } from "@/lib/practice-changes";

export interface EditState extends FormState {
  /** Set when someone else saved first: what they changed, and the version to save over. */
  conflict?: { version: number; loaded: string; changes: FieldChange[]; by: string | null; at: string | null };
}

const lockFields = z.object({
  id: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
  loaded: z.string().transform((text, ctx) => {
    try {
      return JSON.parse(text) as PracticeSnapshot;
    } catch {
      ctx.addIssue({ code: "custom", message: "The form is damaged; reload the page." });
      return z.NEVER;
    }
  }),
});

/**
 * Saves the practice form. Only the fields the editor changed (against what the form loaded) are
 * written, under optimistic locking: if someone saved in between, nothing is written and the
 * editor sees what changed, with their own values kept; saving again applies them on top.
 */
export const savePractice = editorAction<typeof practiceFields, EditState>(
  {
    schema: practiceFields,
    input: async (formData) => ({
      ...practiceInput(formData),
      institutionId: await resolveInstitution(getDb(), formData.get("institutionId")),
    }),
  },
  async ({ actor, input, formData }): Promise<EditState> => {
    const lock = lockFields.safeParse({
      id: formData.get("id"),
      version: formData.get("version"),
      loaded: formData.get("loaded"),
    });
    if (!lock.success) return failed("The form is damaged; reload the page and try again.", formData);

    const submitted = toSnapshot(input);
    const loaded = lock.data.loaded;
    // Compared as the form would send them, so an untouched field never counts as a change.
    const asLoaded = (field: string) => {
      const value = loaded[field as keyof PracticeSnapshot] ?? null;
      return typeof value === "string" ? normaliseText(value) : value;
    };
    const changes = Object.fromEntries(
      Object.entries(submitted).filter(([field, value]) => JSON.stringify(value) !== JSON.stringify(asLoaded(field))),
    ) as Partial<PracticeSnapshot>;
    if (Object.keys(changes).length === 0)
      return { status: "ok", message: "Nothing has changed, so nothing was saved.", submission: Date.now() };

    const db = getDb();
    const result = await updatePractice(db, {
      id: lock.data.id,
      expectedVersion: lock.data.version,
      changes,
      actorId: actor.id,
    });
    if (result.status === "conflict") {
      const current = result.current;
      const [latest] = await practiceHistory(db, current.id);
      // The form comes back with the editor's own changes on top of the current values, and the
      // current version as its base: saving again applies exactly their changes, nothing stale.
      const values = formValues(formData);
      for (const field of Object.keys(submitted) as Array<keyof PracticeSnapshot>) {
        if (field in changes) continue;
        const now = current[field];
        values[field] = Array.isArray(now) ? now.map(String) : now === null ? "" : String(now);
      }
      return {
        status: "error",
        message: `Someone else saved this practice while you were editing it (now version ${current.version}). Nothing was saved. Below, your changes are kept on top of theirs: review them, then save again.`,
        values,
        submission: Date.now(),
        conflict: {
          version: current.version,
          loaded: JSON.stringify(snapshotOf(current)),
          changes: await describeChanges(db, loaded, current),
          by: latest ? (latest.user ?? (latest.batch ? `import of ${latest.batch.fileName}` : null)) : null,
          at: latest ? latest.at.toISOString() : null,
        },
      };
    }
    revalidatePath(`/practices/${lock.data.id}`);
    revalidatePath("/practices");
    if (result.status === "unchanged")
      return { status: "ok", message: "Nothing has changed, so nothing was saved.", submission: Date.now() };
    return {
      status: "ok",
      message: `Saved as version ${result.version}. The edited fields are now curated: imports will not overwrite them.`,
      submission: Date.now(),
    };
  },
);
