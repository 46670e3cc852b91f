"use server";

import { getDb } from "@gp/db/client";
import { createAwardEntry } from "@gp/db/curation";
import { fingerprint } from "@gp/ingest";
import { editorAction } from "@/lib/auth/action-client";
import { newEntryFields, newEntryInput } from "@/lib/new-entry-form";

/** Creates a new award entry (see `newEntryFields`). On success, opens the new practice. */
export const createEntry = editorAction(
  { schema: newEntryFields, input: newEntryInput, revalidate: ["/practices"] },
  async ({ actor, input }) => {
    const practice = await createAwardEntry(getDb(), {
      entry: input,
      actorId: actor.id,
      fingerprint: ({ name, countryCode }) =>
        fingerprint({
          institution: name,
          countryCode,
          implementationYear: input.implementationYear,
          awardYear: input.awardYear,
          summary: input.summary,
        }),
    });
    return { redirect: `/practices/${practice.id}?created=1` };
  },
);
