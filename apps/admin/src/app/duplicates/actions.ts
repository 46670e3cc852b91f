"use server";

import { getDb } from "@gp/db/client";
import { dismissCandidate, dismissCandidatesBelow, mergePractices } from "@gp/db/duplicates";
import { z } from "zod";
import { editorAction, reloadMessage } from "@/lib/auth/action-client";
import { failed } from "@/lib/form-state";
import { mergeInput, mergePlan } from "@/lib/merge-plan";
import { belowPercent } from "./queue-params";

/**
 * Merges two practices with the editor's choice per field (topics united by default), as confirmed
 * on the merge page. The one not kept becomes "merged": its public address redirects to the
 * survivor. Opens the survivor's history after.
 */
export const mergeAction = editorAction(
  {
    schema: mergeInput,
    invalid: { message: "Choose which practice to keep and a value for each field." },
    revalidate: ["/duplicates", "/practices"],
  },
  async ({ actor, input }) => {
    const plan = mergePlan(input);
    const result = await mergePractices(getDb(), { ...plan, actorId: actor.id });
    if (result.status === "conflict")
      return failed(
        "One of the two practices changed since you opened this page. Nothing was merged; reload to compare them again.",
      );
    return { redirect: `/practices/${plan.survivorId}/history?merged=${plan.otherId}` };
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

/** Dismisses every open pair below the confirmed similarity (up to the confirmed pair id), in one statement. */
export const dismissBelowAction = editorAction(
  {
    schema: z.object({
      below: belowPercent,
      upTo: z.coerce.number().int().positive(),
      institution: z.union([z.literal(""), z.coerce.number().int().positive()]).default(""),
    }),
    invalid: { message: "This request is not valid; go back to the queue and review again." },
    revalidate: ["/duplicates"],
  },
  async ({ actor, input }) => {
    const count = await dismissCandidatesBelow(getDb(), {
      below: input.below / 100,
      upTo: input.upTo,
      actorId: actor.id,
      ...(input.institution === "" ? {} : { institutionId: input.institution }),
    });
    return { redirect: `/duplicates?bulkDismissed=${count}` };
  },
);
