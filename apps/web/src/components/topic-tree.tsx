import type { TopicOption } from "@gp/db/search";
import Link from "next/link";
import { formatCount } from "@/lib/format";

/** The topic tree with practice counts: top-level topics as groups, their children beneath. */
export function TopicTree({ topics, headingLevel = 3 }: { topics: TopicOption[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const roots = topics.filter(
    (t) => t.depth === 0 && (t.count > 0 || topics.some((c) => c.parent === t.slug && c.count > 0)),
  );
  const leaves = roots.filter((r) => !topics.some((c) => c.parent === r.slug));
  const groups = roots.filter((r) => topics.some((c) => c.parent === r.slug));
  return (
    <div className="gp-topic-tree">
      {groups.map((root) => (
        <section key={root.slug} className="gp-topic-group">
          <Heading className="gp-topic-group__title">
            <Link href={`/topics/${root.slug}`}>{root.name}</Link>{" "}
            <span className="gp-count">{formatCount(root.count)}</span>
          </Heading>
          <ul>
            {topics
              .filter((c) => c.parent === root.slug && c.count > 0)
              .map((c) => (
                <li key={c.slug}>
                  <Link href={`/topics/${c.slug}`}>{c.name}</Link>{" "}
                  <span className="gp-count">{formatCount(c.count)}</span>
                </li>
              ))}
          </ul>
        </section>
      ))}
      {leaves.length ? (
        <section className="gp-topic-group">
          {groups.length ? <Heading className="gp-topic-group__title">Other topics</Heading> : null}
          <ul>
            {leaves.map((t) => (
              <li key={t.slug}>
                <Link href={`/topics/${t.slug}`}>{t.name}</Link>{" "}
                <span className="gp-count">{formatCount(t.count)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
