import type { PracticeDetail } from "@gp/db/curation";
import { derivedTitle } from "@gp/db/text";
import Link from "next/link";
import type { ReactNode } from "react";
import { dismissAction } from "@/app/duplicates/actions";
import { compareRows } from "@/lib/compare-rows";
import { wordDiff } from "@/lib/word-diff";
import { ActionForm } from "./action-form";

function Choice({
  name,
  value,
  checked,
  children,
}: {
  name: string;
  value: string;
  checked: boolean;
  children: ReactNode;
}) {
  return (
    <label>
      <input type="radio" name={name} value={value} defaultChecked={checked} />
      <span>{children}</span>
    </label>
  );
}

/** Words only this side has are highlighted (a mark, announced as such by screen readers). */
function Highlighted({ tokens }: { tokens: Array<{ text: string; changed: boolean }> }) {
  return (
    <>
      {tokens.map((t, i) =>
        t.changed ? (
          <mark key={i} className="gp-diff-mark">
            {t.text}
          </mark>
        ) : (
          t.text
        ),
      )}
    </>
  );
}

/**
 * Two practices side by side, differences highlighted, as one merge form: which practice keeps its
 * address, which value each field keeps (topics united by default). Dismiss for proposed pairs.
 */
export function ComparePractices({
  a,
  b,
  candidateId,
}: {
  a: PracticeDetail;
  b: PracticeDetail;
  candidateId?: number;
}) {
  const heading = (p: PracticeDetail, letter: string) => (
    <div className="gp-compare__head">
      {letter}: <Link href={`/practices/${p.id}`}>#{p.id}</Link> {p.title ?? derivedTitle(p.summary)}
    </div>
  );
  const summaryDiff = wordDiff(a.summary, b.summary);
  const topicsA = a.topicNames.map((t) => t.name);
  const topicsB = b.topicNames.map((t) => t.name);
  const blocked = a.status === "merged" || b.status === "merged";

  return (
    <>
      {blocked ? (
        <p className="gp-alert" data-tone="warning">
          One of these practices is already merged; unmerge it from its history first.
        </p>
      ) : null}
      {/* A GET to the confirmation page, which says what the merge will do; it changes nothing itself. */}
      <form method="get" action="/duplicates/merge" className="gp-merge-form">
        {Object.entries({ a: a.id, b: b.id, aVersion: a.version, bVersion: b.version, candidate: candidateId })
          .filter(([, value]) => value !== undefined)
          .map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
        <div className="gp-compare" role="group" aria-label="The two practices, field by field">
          <div className="gp-compare__head">Field</div>
          {heading(a, "A")}
          {heading(b, "B")}

          <div className="gp-compare__field">Keep the address of</div>
          <div className="gp-compare__value">
            <Choice name="survivor" value="a" checked>
              A (/practices/{a.slug})
            </Choice>
          </div>
          <div className="gp-compare__value">
            <Choice name="survivor" value="b" checked={false}>
              B (/practices/{b.slug})
            </Choice>
          </div>

          {compareRows.map(({ field, label, show }) => {
            const va = show(a);
            const vb = show(b);
            const differs = va !== vb;
            const preferB = va === null && vb !== null;
            const render = (value: string | null, which: "a" | "b") => {
              if (field === "summary" && differs)
                return (
                  <span className="gp-compare__text">
                    <Highlighted tokens={which === "a" ? summaryDiff.a : summaryDiff.b} />
                  </span>
                );
              return field === "summary" ? (
                <span className="gp-compare__text">{value}</span>
              ) : (
                (value ?? <span className="gp-muted">(none)</span>)
              );
            };
            return [
              <div key={`${field}-l`} className="gp-compare__field">
                {label}
                {differs ? (
                  <span className="gp-badge gp-badge--small" data-tone="warning">
                    differs
                  </span>
                ) : null}
              </div>,
              <div
                key={`${field}-a`}
                className="gp-compare__value"
                data-side="A"
                data-differs={differs ? "" : undefined}
              >
                {differs ? (
                  <Choice name={field} value="a" checked={!preferB}>
                    {render(va, "a")}
                  </Choice>
                ) : (
                  render(va, "a")
                )}
              </div>,
              <div
                key={`${field}-b`}
                className="gp-compare__value"
                data-side="B"
                data-differs={differs ? "" : undefined}
              >
                {differs ? (
                  <Choice name={field} value="b" checked={preferB}>
                    {render(vb, "b")}
                  </Choice>
                ) : (
                  render(vb, "b")
                )}
              </div>,
            ];
          })}

          <div className="gp-compare__field">Topics</div>
          <div
            className="gp-compare__value"
            data-side="A"
            data-differs={topicsA.join() !== topicsB.join() ? "" : undefined}
          >
            {topicsA.length ? topicsA.join(", ") : <span className="gp-muted">(none)</span>}
          </div>
          <div
            className="gp-compare__value"
            data-side="B"
            data-differs={topicsA.join() !== topicsB.join() ? "" : undefined}
          >
            {topicsB.length ? topicsB.join(", ") : <span className="gp-muted">(none)</span>}
          </div>
          <div className="gp-compare__field">Keep topics</div>
          <div className="gp-compare__value gp-compare__wide">
            <fieldset className="gp-radios">
              <legend className="gp-visually-hidden">Topics after the merge</legend>
              <Choice name="topics" value="union" checked>
                Both (united)
              </Choice>
              <Choice name="topics" value="a" checked={false}>
                Only A&apos;s
              </Choice>
              <Choice name="topics" value="b" checked={false}>
                Only B&apos;s
              </Choice>
            </fieldset>
          </div>

          <div className="gp-compare__field">Sources</div>
          <div className="gp-compare__value" data-side="A">
            {a.sources.map((s) => `${s.fileName}:${s.line}`).join(", ") || (
              <span className="gp-muted">entered by an editor</span>
            )}
          </div>
          <div className="gp-compare__value" data-side="B">
            {b.sources.map((s) => `${s.fileName}:${s.line}`).join(", ") || (
              <span className="gp-muted">entered by an editor</span>
            )}
          </div>
        </div>
        <p className="gp-muted gp-merge-note">
          The practice not kept becomes “merged”: its public address redirects to the kept one, and it keeps its
          sources, so re-importing it maps to the kept one. You can unmerge from the history.
        </p>
        <button className="gp-button" type="submit" disabled={blocked}>
          Merge these practices…
        </button>
      </form>
      {candidateId !== undefined ? (
        <div className="gp-section">
          <ActionForm
            action={dismissAction}
            hidden={{ candidateId }}
            submitLabel="Not a duplicate: dismiss"
            variant="secondary"
          />
        </div>
      ) : null}
    </>
  );
}
