"use server";

import { getDb } from "@gp/db/client";
import { dismissCandidate, mergePractices, type MergeChoices } from "@gp/db/duplicates";
import { z } from "zod";
import { editorAction, reloadMessage } from "@/lib/auth/action-client";
import { failed } from "@/lib/form-state";

const side = z.enum(["a", "b"]);
const mergeInput = z.object({
  a: z.coerce.number().int().positive(),
  b: z.coerce.number().int().positive(),
  aVersion: z.coerce.number().int().positive(),
  bVersion: z.coerce.number().int().positive(),
  survivor: side,
  title: side.default("a"),
  summary: side.default("a"),
  institutionId: side.default("a"),
  implementationYear: side.default("a"),
  awardYear: side.default("a"),
  awardDistinction: side.default("a"),
  language: side.default("a"),
  status: side.default("a"),
  topics: z.enum(["union", "a", "b"]).default("union"),
});

const fields = [
  "title",
  "summary",
  "institutionId",
  "implementationYear",
  "awardYear",
  "awardDistinction",
  "language",
  "status",
] as const;

/**
 * Merges two practices with the editor's choice per field (topics united by default). The one not
 * kept becomes "merged": its public address redirects to the survivor. Opens the survivor after.
 */
export const mergeAction = editorAction(
  {
    schema: mergeInput,
    invalid: { message: "Choose which practice to keep and a value for each field." },
    revalidate: ["/duplicates", "/practices"],
  },
  async ({ actor, input }) => {
    const keepA = input.survivor === "a";
    const [survivorId, otherId] = keepA ? [input.a, input.b] : [input.b, input.a];
    const toChoice = (picked: "a" | "b") => (picked === input.survivor ? "survivor" : "other");
    const choices: MergeChoices = Object.fromEntries(fields.map((f) => [f, toChoice(input[f])]));
    choices.topics = input.topics === "union" ? "union" : toChoice(input.topics);
    const result = await mergePractices(getDb(), {
      survivorId,
      otherId,
      survivorVersion: keepA ? input.aVersion : input.bVersion,
      otherVersion: keepA ? input.bVersion : input.aVersion,
      choices,
      actorId: actor.id,
    });
    if (result.status === "conflict")
      return failed(
        "One of the two practices changed since you opened this page. Nothing was merged; reload to compare them again.",
      );
    return { redirect: `/practices/${survivorId}/history?merged=${otherId}` };
  },
);

/** "Not a duplicate": the pair leaves the queue, and imports never propose it again. */
export const dismissAction = editorAction(
  {
    schema: z.object({ candidateId: z.coerce.number().int().positive() }),
    invalid: { message: reloadMessage },
    revalidate: ["/duplicates"],
  },
  async ({ actor, input }) => {
    await dismissCandidate(getDb(), { id: input.candidateId, actorId: actor.id });
    return { redirect: "/duplicates?dismissed=1" };
  },
);
