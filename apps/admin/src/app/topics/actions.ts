"use server";

import { getDb } from "@gp/db/client";
import { CurationError } from "@gp/db/curation";
import { createTopic, deleteTopic, mergeTopics, moveTopic, renameTopic } from "@gp/db/topics";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { type Actor, formAction } from "@/lib/auth/guard";
import { failed, invalid, succeeded, type FormState } from "@/lib/form-state";

const id = z
  .string()
  .regex(/^\d{1,9}$/, "Choose a topic.")
  .transform(Number);
const parent = z.union([z.literal(""), id]).transform((v) => (v === "" ? null : v));
const name = z
  .string()
  .trim()
  .min(1, "Give the topic a name.")
  .max(120, "A topic name can have at most 120 characters.");

/** Runs a topic change: zod-checked input, friendly errors, the topics page (and lists) refreshed. */
function topicAction<S extends z.ZodType>(
  schema: S,
  run: (actor: Actor, input: z.output<S>) => Promise<string | never>,
) {
  return formAction("editor", async (actor, formData): Promise<FormState> => {
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return invalid(parsed.error, formData, parsed.error.issues[0]?.message);
    try {
      const message = await run(actor, parsed.data);
      revalidatePath("/topics");
      revalidatePath("/practices");
      return succeeded(message);
    } catch (error) {
      if (error instanceof CurationError) return failed(error.message, formData);
      throw error;
    }
  });
}

export const createTopicAction = topicAction(z.object({ name, parentId: parent }), async (actor, input) => {
  await createTopic(getDb(), { ...input, actorId: actor.id });
  return `Created “${input.name}”.`;
});

export const renameTopicAction = topicAction(z.object({ id, name }), async (actor, input) => {
  await renameTopic(getDb(), { ...input, actorId: actor.id });
  return `Renamed to “${input.name}”; the old name stays as an alias.`;
});

export const moveTopicAction = topicAction(z.object({ id, parentId: parent }), async (actor, input) => {
  await moveTopic(getDb(), { ...input, actorId: actor.id });
  return input.parentId === null ? "Moved to the top level." : "Moved.";
});

// Merging and deleting remove the topic whose form was used, so their outcome is told by the page.
export const mergeTopicAction = topicAction(z.object({ fromId: id, intoId: id }), async (actor, input) => {
  const { retagged } = await mergeTopics(getDb(), { ...input, actorId: actor.id });
  redirect(`/topics?merged=${retagged}&into=${input.intoId}`);
});

export const deleteTopicAction = topicAction(z.object({ id }), async (actor, input) => {
  await deleteTopic(getDb(), { ...input, actorId: actor.id });
  redirect("/topics?deleted=1");
});
