"use server";

import { getDb } from "@gp/db/client";
import { createAwardEntry } from "@gp/db/curation";
import { fingerprint } from "@gp/ingest";
import { editorAction } from "@/lib/auth/action-client";
import { resolveCountry, resolveInstitution } from "@/lib/resolve-choices";
import { newEntryFields, newEntryInput } from "@/lib/new-entry-form";

/** Creates a new award entry (see `newEntryFields`). On success, opens the new practice. */
export const createEntry = editorAction(
  {
    schema: newEntryFields,
    // The institution and country fields are comboboxes: their text is resolved to ids first.
    input: async (formData) => {
      const raw = newEntryInput(formData);
      raw.practice.institutionId = await resolveInstitution(getDb(), formData.get("institutionId"));
      raw.institution.newInstitutionCountry = await resolveCountry(getDb(), formData.get("newInstitutionCountry"));
      return raw;
    },
    revalidate: ["/practices"],
  },
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
