"use server";

import { getDb } from "@gp/db/client";
import { bulkUpdatePractices, CurationError } from "@gp/db/curation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/auth/guard";
import { plural } from "@/lib/labels";

const bulkInput = z.object({
  ids: z
    .array(z.number().int().positive())
    .min(1, "Select at least one practice.")
    .max(1000, "Select at most 1,000 practices at once."),
  operation: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("addTopic"), topicId: z.number().int().positive("Choose a topic.") }),
    z.object({ kind: z.literal("removeTopic"), topicId: z.number().int().positive("Choose a topic.") }),
    z.object({ kind: z.literal("setStatus"), status: z.enum(["published", "withdrawn", "draft"]) }),
  ]),
});

export type BulkResult = { ok: true; message: string } | { ok: false; message: string };

/** Bulk actions of the practices table: add or remove a topic, publish, withdraw. */
export const bulkUpdate = action("editor", async (actor, input: unknown): Promise<BulkResult> => {
  const parsed = bulkInput.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Invalid request." };
  try {
    const { changed } = await bulkUpdatePractices(getDb(), { ...parsed.data, actorId: actor.id });
    revalidatePath("/practices");
    const skipped = parsed.data.ids.length - changed;
    const op = parsed.data.operation;
    const done =
      op.kind === "addTopic"
        ? `Topic added to ${plural(changed, "practice")}`
        : op.kind === "removeTopic"
          ? `Topic removed from ${plural(changed, "practice")}`
          : `${plural(changed, "practice")} ${op.status === "withdrawn" ? "withdrawn" : op.status === "published" ? "published" : "set to draft"}`;
    return { ok: true, message: `${done}${skipped ? `; ${skipped} already as asked (or merged), left alone` : ""}.` };
  } catch (error) {
    if (error instanceof CurationError) return { ok: false, message: error.message };
    throw error;
  }
});
