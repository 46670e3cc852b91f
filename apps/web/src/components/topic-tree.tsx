import type { TopicOption } from "@gp/db/search";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { localePath } from "@/i18n/paths";
import type { Locale } from "@/i18n/routing";
import { formatCount as format } from "@/lib/format";
import type { Namer } from "@/lib/localized-names";

/** The topic tree with practice counts: top-level topics as groups, their children beneath; names in the page's language. */
export function TopicTree({
  topics: given,
  headingLevel = 3,
  locale = "en",
  namer,
}: {
  topics: TopicOption[];
  headingLevel?: 2 | 3;
  locale?: Locale;
  namer?: Namer;
}) {
  const tb = useTranslations("browse");
  const topics = namer ? given.map((topic) => ({ ...topic, name: namer.topic(topic.slug, topic.name) })) : given;
  const href = (slug: string) => localePath(locale, `/topics/${slug}`);
  const formatCount = (n: number) => format(n, locale);
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
            <Link href={href(root.slug)}>{root.name}</Link> <span className="gp-count">{formatCount(root.count)}</span>
          </Heading>
          <ul>
            {topics
              .filter((c) => c.parent === root.slug && c.count > 0)
              .map((c) => (
                <li key={c.slug}>
                  <Link href={href(c.slug)}>{c.name}</Link> <span className="gp-count">{formatCount(c.count)}</span>
                </li>
              ))}
          </ul>
        </section>
      ))}
      {leaves.length ? (
        <section className="gp-topic-group">
          {groups.length ? <Heading className="gp-topic-group__title">{tb("otherTopics")}</Heading> : null}
          <ul>
            {leaves.map((t) => (
              <li key={t.slug}>
                <Link href={href(t.slug)}>{t.name}</Link> <span className="gp-count">{formatCount(t.count)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
