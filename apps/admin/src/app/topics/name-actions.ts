"use server";

import { getDb } from "@gp/db/client";
import { setTranslatedName } from "@gp/db/translations";
import { z } from "zod";
import { editorAction } from "@/lib/auth/action-client";

const name = z.string().trim().max(120, "A name can have at most 120 characters.");

/** A topic's or region's names in French, German and Spanish; an emptied field removes that name. */
export const translateNamesAction = editorAction(
  {
    schema: z.object({
      kind: z.enum(["topic", "region"]),
      id: z.coerce.number().int().positive(),
      fr: name,
      de: name,
      es: name,
    }),
    invalid: "first-issue",
    revalidate: ["/topics"],
  },
  async ({ actor, input }) => {
    let changed = 0;
    for (const language of ["fr", "de", "es"] as const) {
      const done = await setTranslatedName(getDb(), {
        kind: input.kind,
        id: input.id,
        language,
        name: input[language],
        actorId: actor.id,
      });
      if (done) changed++;
    }
    return changed ? "Names saved." : "The names are already these; nothing to save.";
  },
);
