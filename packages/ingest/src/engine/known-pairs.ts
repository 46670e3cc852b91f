import { knownCandidatePairs } from "@gp/db/imports";
import type { PlannedCandidate } from "./candidates";
import type { SerialExecutor } from "./executor";

const key = (a: number, b: number) => `${Math.min(a, b)}|${Math.max(a, b)}`;

/** A pair editors already saw (open, merged or dismissed) is never proposed again. */
export async function withoutKnownPairs(
  db: SerialExecutor,
  candidates: PlannedCandidate[],
): Promise<PlannedCandidate[]> {
  const both = candidates.flatMap((c) =>
    c.a.practice && c.b.practice ? [[c.a.practice.id, c.b.practice.id] as [number, number]] : [],
  );
  if (both.length === 0) return candidates;
  const known = await knownCandidatePairs(db.asDb(), both);
  return candidates.filter((c) => !c.a.practice || !c.b.practice || !known.has(key(c.a.practice.id, c.b.practice.id)));
}
