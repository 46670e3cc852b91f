import { getDb } from "@gp/db/client";
import { openCandidatesBelow } from "@gp/db/duplicates";
import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/action-form";
import { AdminFrame } from "@/components/admin-frame";
import { requirePage } from "@/lib/auth/guard";
import { dismissBelowAction } from "../actions";
import { belowPercent, readQueueFilter } from "../queue-params";

export const metadata: Metadata = { title: "Dismiss pairs below a similarity" };

/**
 * The confirmation of a bulk dismissal: how many pairs it takes, then one POST. The pairs are those
 * open now (up to the highest id shown), so one an import opens meanwhile is not dismissed unseen.
 */
export default async function DismissBelowPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePage();
  const params = await searchParams;
  const filter = readQueueFilter(params);
  const below = belowPercent.safeParse(params.below);
  const found = below.success ? await openCandidatesBelow(getDb(), { ...filter, below: below.data / 100 }) : null;
  const back = filter.institutionId === undefined ? "/duplicates" : `/duplicates?institution=${filter.institutionId}`;
  return (
    <AdminFrame actor={actor} current="/duplicates">
      <h1>Dismiss pairs below a similarity</h1>
      {!below.success ? (
        <p className="gp-alert" data-tone="error" role="alert">
          {below.error.issues[0]?.message ?? "Give a similarity from 1 to 100%."}
        </p>
      ) : found!.count === 0 || found!.upTo === null ? (
        <p role="status">No open pair scores below {below.data}%.</p>
      ) : (
        <>
          <p role="status">
            {found!.count} open {found!.count === 1 ? "pair scores" : "pairs score"} below {below.data}%
            {filter.institutionId !== undefined ? " for this institution" : ""}. Dismissed, they leave the queue and
            imports never propose them again.
          </p>
          <ActionForm
            action={dismissBelowAction}
            hidden={{ below: below.data, upTo: found!.upTo, institution: filter.institutionId ?? "" }}
            submitLabel={`Dismiss ${found!.count} ${found!.count === 1 ? "pair" : "pairs"}`}
            pendingLabel="Dismissing…"
            variant="danger"
          />
        </>
      )}
      <p>
        <Link href={back}>Back to the queue</Link>
      </p>
    </AdminFrame>
  );
}
