import { getDb } from "@gp/db/client";
import { practicesByIds } from "@gp/db/curation";
import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { ActionForm } from "@/components/action-form";
import { AdminFrame } from "@/components/admin-frame";
import { requirePage } from "@/lib/auth/guard";
import { plural, statusLabels } from "@/lib/labels";
import { withdrawPractices } from "../actions";

export const metadata: Metadata = { title: "Withdraw practices" };

const selection = z.object({
  ids: z.preprocess(
    (v) => [v ?? []].flat(),
    z
      .array(
        z
          .string()
          .regex(/^\d{1,9}$/)
          .transform(Number),
      )
      .min(1)
      .max(1000),
  ),
});

/**
 * The bulk withdrawal's confirmation (a page, so it works without JavaScript): the practices the
 * table's selection names, and what withdrawing does to them. Only its button withdraws.
 */
export default async function WithdrawPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePage();
  const parsed = selection.safeParse(await searchParams);
  const chosen = parsed.success ? await practicesByIds(getDb(), parsed.data.ids) : [];
  const live = chosen.filter((p) => p.status === "published" || p.status === "draft");
  return (
    <AdminFrame actor={actor} current="/practices">
      <nav aria-label="Breadcrumb" className="gp-breadcrumb">
        <Link href="/practices">Practices</Link> › <span aria-current="page">Withdraw</span>
      </nav>
      <h1>Withdraw {plural(live.length, "practice")}?</h1>
      {live.length === 0 ? (
        <p className="gp-alert" data-tone="error" role="alert">
          None of the selected practices can be withdrawn (select published or draft practices in the{" "}
          <Link href="/practices">list</Link>).
        </p>
      ) : (
        <>
          <p className="gp-lede">
            Withdrawn practices leave the public site: their addresses answer “410 Gone” until they are published again.
            Their history is kept.
          </p>
          <ul className="gp-plain-list" aria-label="Practices to withdraw">
            {live.map((p) => (
              <li key={p.id}>
                <Link href={`/practices/${p.id}`}>
                  #{p.id} {p.title}
                </Link>{" "}
                <span className="gp-muted">
                  ({statusLabels[p.status]}, /practices/{p.slug})
                </span>
              </li>
            ))}
          </ul>
          {chosen.length > live.length ? (
            <p className="gp-muted">
              {plural(chosen.length - live.length, "other selected practice")} (already withdrawn or merged) stay as
              they are.
            </p>
          ) : null}
          <div className="gp-form-actions">
            <ActionForm
              action={withdrawPractices}
              submitLabel={`Withdraw ${plural(live.length, "practice")}`}
              variant="danger"
            >
              {live.map((p) => (
                <input key={p.id} type="hidden" name="ids" value={p.id} />
              ))}
            </ActionForm>
            <Link href="/practices">Back to the practices</Link>
          </div>
        </>
      )}
    </AdminFrame>
  );
}
