"use server";

import { getDb } from "@gp/db/client";
import { resolveConflict } from "@gp/db/curation";
import { z } from "zod";
import { editorAction, reloadMessage } from "@/lib/auth/action-client";

/** Closes an import conflict, keeping the curated value or taking the imported one. */
export const resolveConflictAction = editorAction(
  {
    schema: z.object({ id: z.coerce.number().int().positive(), take: z.enum(["keep", "imported"]) }),
    invalid: { message: reloadMessage },
    revalidate: ["/conflicts", "/"],
  },
  async ({ actor, input }) => {
    await resolveConflict(getDb(), { ...input, actorId: actor.id });
    return input.take === "keep" ? "Kept the curated value." : "Took the imported value.";
  },
);
