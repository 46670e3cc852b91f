import { getTopic } from "@gp/db/queries/browse";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PracticeList } from "@/components/practice-list";
import { browsePractices } from "@/lib/browse";
import { readDb } from "@/lib/db";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const load = cache((slug: string) => getTopic(readDb(), slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = await load((await params).slug);
  return topic ? { title: topic.name, alternates: { canonical: `/topics/${topic.slug}` } } : { title: "Topic not found" };
}

export default async function TopicPage({ params, searchParams }: Props) {
  const topic = await load((await params).slug);
  if (!topic) notFound();
  const results = await browsePractices({ topic: topic.slug }, (await searchParams).page);
  return (
    <div className="gp-browse">
      <nav aria-label="Breadcrumb" className="gp-breadcrumb">
        <ol>
          <li>
            <Link href="/topics">Topics</Link>
          </li>
          {topic.parent ? (
            <li>
              <Link href={`/topics/${topic.parent.slug}`}>{topic.parent.name}</Link>
            </li>
          ) : null}
        </ol>
      </nav>
      <h1>{topic.name}</h1>
      {topic.children.length ? (
        <div className="gp-subtopics">
          <h2 className="gp-subtopics__title">Narrower topics</h2>
          <ul className="gp-tags">
            {topic.children.map((c) => (
              <li key={c.slug}>
                <Link href={`/topics/${c.slug}`}>{c.name}</Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <PracticeList
        results={results}
        heading={`Practices on ${topic.name}`}
        pageHref={(page) => `/topics/${topic.slug}${page > 1 ? `?page=${page}` : ""}`}
        searchHref={`/practices?topic=${topic.slug}`}
      />
    </div>
  );
}
