import type { ReactNode } from "react";
import { plural } from "@/lib/labels";

/** How many items of a long list a report shows. */
export const SHOWN = 100;

/** A report's counts; a figure marked for attention stands out (conflicts, errors). */
export function ReportCounts({ figures }: { figures: Array<[label: string, value: number, attention?: boolean]> }) {
  return (
    <ul className="gp-report" aria-label="Counts">
      {figures.map(([label, value, attention]) => (
        <li key={label} className="gp-stat" data-attention={attention ? "" : undefined}>
          <span className="gp-stat__value">{value}</span>
          <span className="gp-stat__label">{label}</span>
        </li>
      ))}
    </ul>
  );
}

/** A report's errors with their lines (and files), when there are any: nothing is imported until they are fixed. */
export function ReportErrors({
  errors,
}: {
  errors: Array<{ file?: string; line: number; field: string; message: string }>;
}) {
  if (!errors.length) return null;
  return (
    <section aria-labelledby="errors-title" className="gp-alert" data-tone="error">
      <h3 id="errors-title">{plural(errors.length, "error")}: nothing can be imported until the file is fixed</h3>
      <ul>
        {errors.slice(0, SHOWN).map((e, i) => (
          <li key={i}>
            {e.file ? `${e.file}, ` : ""}line {e.line}, {e.field}: {e.message}
          </li>
        ))}
      </ul>
      {errors.length > SHOWN ? <p>…and {errors.length - SHOWN} more.</p> : null}
    </section>
  );
}

/** One of a report's detail lists (warnings, updates, candidates, conflicts): its first SHOWN items, folded. */
export function ReportList<T>({
  summary,
  items,
  open,
  children,
}: {
  summary: string;
  items: T[];
  open?: boolean;
  children: (item: T) => ReactNode;
}) {
  if (!items.length) return null;
  return (
    <details className="gp-section" open={open}>
      <summary>{summary}</summary>
      <ul>
        {items.slice(0, SHOWN).map((item, i) => (
          <li key={i}>{children(item)}</li>
        ))}
      </ul>
    </details>
  );
}
