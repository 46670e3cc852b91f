import { getDb } from "@gp/db/client";
import { getPracticeDetail, type PracticeDetail } from "@gp/db/curation";
import { derivedTitle } from "@gp/db/text";
import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/action-form";
import { AdminFrame } from "@/components/admin-frame";
import { requirePage } from "@/lib/auth/guard";
import { compareRows } from "@/lib/compare-rows";
import { mergeHidden, mergeInput, type MergeInput } from "@/lib/merge-plan";
import { mergeAction } from "../actions";

export const metadata: Metadata = { title: "Confirm the merge" };

const titleOf = (p: PracticeDetail) => p.title ?? derivedTitle(p.summary);
const topicsOf = (p: PracticeDetail) => p.topicNames.map((t) => t.name);

/** Which side each field's value comes from, and the value it will have. */
function planRows(input: MergeInput, a: PracticeDetail, b: PracticeDetail) {
  const pick = (side: "a" | "b") => (side === "a" ? { from: `A (#${a.id})`, p: a } : { from: `B (#${b.id})`, p: b });
  const rows = compareRows.map(({ field, label, show }) => {
    const { from, p } = pick(input[field]);
    const same = show(a) === show(b);
    return { label, value: show(p) ?? "(none)", from: same ? "both (the same)" : from };
  });
  const topics =
    input.topics === "union" ? [...new Set([...topicsOf(a), ...topicsOf(b)])] : topicsOf(input.topics === "a" ? a : b);
  rows.push({
    label: "Topics",
    value: topics.join(", ") || "(none)",
    from: input.topics === "union" ? "both (united)" : pick(input.topics).from,
  });
  return rows;
}

/**
 * The merge's confirmation (a page, so it works without JavaScript): which practice survives,
 * which address will redirect, and which side each field comes from. Only its button merges.
 */
export default async function ConfirmMergePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePage();
  const parsed = mergeInput.safeParse(await searchParams);
  const db = getDb();
  const input = parsed.success ? parsed.data : null;
  const [a, b] = input
    ? await Promise.all([getPracticeDetail(db, input.a), getPracticeDetail(db, input.b)])
    : [null, null];
  const back = input?.candidate
    ? `/duplicates/${input.candidate}`
    : input
      ? `/duplicates/compare?a=${input.a}&b=${input.b}`
      : "/duplicates";

  return (
    <AdminFrame actor={actor} current="/duplicates">
      <nav aria-label="Breadcrumb" className="gp-breadcrumb">
        <Link href="/duplicates">Duplicates</Link> › <span aria-current="page">Confirm the merge</span>
      </nav>
      <h1>Confirm the merge</h1>
      {!input || !a || !b || a.id === b.id ? (
        <p className="gp-alert" data-tone="error" role="alert">
          This merge is not complete: choose two practices and which one to keep on the{" "}
          <Link href={back}>comparison page</Link>.
        </p>
      ) : (
        <Plan input={input} a={a} b={b} back={back} />
      )}
    </AdminFrame>
  );
}

function Plan({ input, a, b, back }: { input: MergeInput; a: PracticeDetail; b: PracticeDetail; back: string }) {
  const [survivor, other] = input.survivor === "a" ? [a, b] : [b, a];
  return (
    <>
      <ul className="gp-merge-summary">
        <li>
          <strong>Survives:</strong> #{survivor.id} “{titleOf(survivor)}”, at its address{" "}
          <code>/practices/{survivor.slug}</code>.
        </li>
        <li>
          <strong>Redirects:</strong> #{other.id} “{titleOf(other)}” becomes merged; its address{" "}
          <code>/practices/{other.slug}</code> will redirect (308) to <code>/practices/{survivor.slug}</code>.
        </li>
      </ul>
      <table className="gp-diff-table" aria-label="The merged practice, field by field">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Value after the merge</th>
            <th scope="col">Comes from</th>
          </tr>
        </thead>
        <tbody>
          {planRows(input, a, b).map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td className="gp-compare__text">{row.value}</td>
              <td>{row.from}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="gp-form-actions">
        <ActionForm
          action={mergeAction}
          hidden={mergeHidden(input)}
          submitLabel={`Merge #${other.id} into #${survivor.id}`}
          pendingLabel="Merging…"
          help="You can unmerge later from the history."
        />
        <Link href={back}>Back to the comparison</Link>
      </div>
    </>
  );
}
