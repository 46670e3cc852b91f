"use server";

import { getDb } from "@gp/db/client";
import { bulkUpdatePractices } from "@gp/db/curation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { editorAction } from "@/lib/auth/action-client";
import { plural } from "@/lib/labels";

const topicId = z.coerce.number().int().positive("Choose a topic.");
const ids = z
  .array(z.coerce.number().int().positive())
  .min(1, "Select at least one practice.")
  .max(1000, "Select at most 1,000 practices at once.");
const bulkInput = z.object({
  ids,
  operation: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("addTopic"), topicId }),
    z.object({ kind: z.literal("removeTopic"), topicId }),
    z.object({ kind: z.literal("setStatus"), status: z.enum(["published", "withdrawn", "draft"]) }),
  ]),
});

/** The bulk form's fields: the selected ids (repeated), the operation and its topic or status. */
function bulkFields(formData: FormData) {
  return {
    ids: formData.getAll("ids"),
    operation: { kind: formData.get("kind"), topicId: formData.get("topicId"), status: formData.get("status") },
  };
}

/**
 * Withdraws the practices confirmed on the withdrawal page, then lists the practices again with
 * the outcome (the confirmation page itself no longer applies).
 */
export const withdrawPractices = editorAction(
  { schema: z.object({ ids }), input: (formData) => ({ ids: formData.getAll("ids") }), invalid: "first-issue" },
  async ({ actor, input }) => {
    const { changed } = await bulkUpdatePractices(getDb(), {
      ids: input.ids,
      operation: { kind: "setStatus", status: "withdrawn" },
      actorId: actor.id,
    });
    revalidatePath("/practices");
    return { redirect: `/practices?withdrawn=${changed}` };
  },
);

/** Bulk actions of the practices table: add or remove a topic, publish (withdrawing is confirmed first). */
export const bulkUpdate = editorAction(
  { schema: bulkInput, input: bulkFields, invalid: "first-issue", revalidate: ["/practices"] },
  async ({ actor, input }) => {
    const { changed } = await bulkUpdatePractices(getDb(), { ...input, actorId: actor.id });
    const skipped = input.ids.length - changed;
    const op = input.operation;
    const done =
      op.kind === "addTopic"
        ? `Topic added to ${plural(changed, "practice")}`
        : op.kind === "removeTopic"
          ? `Topic removed from ${plural(changed, "practice")}`
          : `${plural(changed, "practice")} ${op.status === "withdrawn" ? "withdrawn" : op.status === "published" ? "published" : "set to draft"}`;
    return `${done}${skipped ? `; ${skipped} already as asked (or merged), left alone` : ""}.`;
  },
);
