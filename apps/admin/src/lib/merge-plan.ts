import { curatableFields, type CuratableField } from "@gp/db/curation";
import type { MergeChoices } from "@gp/db/duplicates";
import { z } from "zod";

const side = z.enum(["a", "b"]);
const id = z.coerce.number().int().positive();

/** A merge as the compare form sends it: the two practices, the survivor, and a side per field. */
export const mergeInput = z.object({
  a: id,
  b: id,
  aVersion: id,
  bVersion: id,
  /** The duplicate candidate the comparison came from, if any (for the way back). */
  candidate: id.optional(),
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

export type MergeInput = z.output<typeof mergeInput>;

/** The fields a merge takes from one side or the other (topics are united or taken whole, apart). */
export const mergeFields = curatableFields.filter((f): f is Exclude<CuratableField, "topics"> => f !== "topics");

/** The merge in survivor/other terms, as `mergePractices` takes it. */
export function mergePlan(input: MergeInput) {
  const keepA = input.survivor === "a";
  const toChoice = (picked: "a" | "b") => (picked === input.survivor ? "survivor" : "other");
  const choices: MergeChoices = Object.fromEntries(mergeFields.map((f) => [f, toChoice(input[f])]));
  choices.topics = input.topics === "union" ? "union" : toChoice(input.topics);
  return {
    survivorId: keepA ? input.a : input.b,
    otherId: keepA ? input.b : input.a,
    survivorVersion: keepA ? input.aVersion : input.bVersion,
    otherVersion: keepA ? input.bVersion : input.aVersion,
    choices,
  };
}

/** The form's fields again, as hidden inputs of the confirmation (the same names and values). */
export function mergeHidden(input: MergeInput): Record<string, string | number> {
  const { candidate, ...rest } = input;
  return candidate === undefined ? rest : { ...rest, candidate };
}
