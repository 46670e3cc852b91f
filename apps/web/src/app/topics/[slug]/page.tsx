import { getTopic } from "@gp/db/practices";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { BrowsePage, LinkTags } from "@/components/browse-page";
import { readDb } from "@/lib/db";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const load = cache((slug: string) => getTopic(readDb(), slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = await load((await params).slug);
  return topic
    ? { title: topic.name, alternates: { canonical: `/topics/${topic.slug}` } }
    : { title: "Topic not found" };
}

export default async function TopicPage({ params, searchParams }: Props) {
  const topic = await load((await params).slug);
  if (!topic) notFound();
  return (
    <BrowsePage
      filter={{ topic: topic.slug }}
      page={(await searchParams).page}
      path={`/topics/${topic.slug}`}
      crumbs={[
        { href: "/topics", label: "Topics" },
        ...(topic.parent ? [{ href: `/topics/${topic.parent.slug}`, label: topic.parent.name }] : []),
      ]}
      title={topic.name}
      heading={`Practices on ${topic.name}`}
    >
      <LinkTags
        title="Narrower topics"
        links={topic.children.map((c) => ({ href: `/topics/${c.slug}`, label: c.name }))}
      />
    </BrowsePage>
  );
}
