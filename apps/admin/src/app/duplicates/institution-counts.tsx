import Link from "next/link";

/** How many pairs wait per institution (the busiest first), each a link that narrows the queue to it. */
export function InstitutionCounts({
  rows,
  institutions,
  chosen,
}: {
  rows: Array<{ id: number; name: string; pairs: number }>;
  institutions: number;
  chosen: number | undefined;
}) {
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="per-institution">
      <h2 id="per-institution">Waiting per institution</h2>
      <p>
        {institutions} {institutions === 1 ? "institution has" : "institutions have"} open pairs
        {institutions > rows.length ? `; the ${rows.length} with the most:` : ":"}
        {chosen !== undefined ? (
          <>
            {" "}
            <Link href="/duplicates">Show every institution&apos;s pairs</Link>
          </>
        ) : null}
      </p>
      <ul className="gp-queue__institutions">
        {rows.map((row) => (
          <li key={row.id}>
            <Link href={`/duplicates?institution=${row.id}`} aria-current={row.id === chosen ? "true" : undefined}>
              {row.name}
            </Link>{" "}
            <span data-testid="institution-pairs">
              {row.pairs} {row.pairs === 1 ? "pair" : "pairs"}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
