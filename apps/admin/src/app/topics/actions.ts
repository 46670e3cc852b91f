"use server";

import { getDb } from "@gp/db/client";
import { createTopic, deleteTopic, mergeTopics, moveTopic, renameTopic } from "@gp/db/topics";
import { z } from "zod";
import { editorAction } from "@/lib/auth/action-client";

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

/** A topic change: the first problem is the message, and the topics page (and lists) are refreshed. */
const topicAction = <S extends z.ZodType>(schema: S) => ({
  schema,
  invalid: "first-issue" as const,
  revalidate: ["/topics", "/practices"],
});

export const createTopicAction = editorAction(
  topicAction(z.object({ name, parentId: parent })),
  async ({ actor, input }) => {
    await createTopic(getDb(), { ...input, actorId: actor.id });
    return `Created “${input.name}”.`;
  },
);

export const renameTopicAction = editorAction(topicAction(z.object({ id, name })), async ({ actor, input }) => {
  await renameTopic(getDb(), { ...input, actorId: actor.id });
  return `Renamed to “${input.name}”; the old name stays as an alias.`;
});

export const moveTopicAction = editorAction(
  topicAction(z.object({ id, parentId: parent })),
  async ({ actor, input }) => {
    await moveTopic(getDb(), { ...input, actorId: actor.id });
    return input.parentId === null ? "Moved to the top level." : "Moved.";
  },
);

// Merging and deleting remove the topic whose form was used, so their outcome is told by the page.
export const mergeTopicAction = editorAction(
  topicAction(z.object({ fromId: id, intoId: id })),
  async ({ actor, input }) => {
    const { retagged } = await mergeTopics(getDb(), { ...input, actorId: actor.id });
    return { redirect: `/topics?merged=${retagged}&into=${input.intoId}` };
  },
);

export const deleteTopicAction = editorAction(topicAction(z.object({ id })), async ({ actor, input }) => {
  await deleteTopic(getDb(), { ...input, actorId: actor.id });
  return { redirect: "/topics?deleted=1" };
});
