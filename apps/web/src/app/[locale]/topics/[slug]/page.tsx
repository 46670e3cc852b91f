import { getTopic } from "@gp/db/practices";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { BrowsePage, LinkTags } from "@/components/browse-page";
import { alternates, localePath } from "@/i18n/paths";
import { readDb } from "@/lib/db";
import { loadNamer } from "@/lib/localized-names";
import { pageLocale } from "@/lib/page-locale";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const load = cache((slug: string) => getTopic(readDb(), slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const [topic, namer, t] = await Promise.all([
    load((await params).slug),
    loadNamer(locale),
    getTranslations({ locale, namespace: "browse" }),
  ]);
  return topic
    ? { title: namer.topic(topic.slug, topic.name), alternates: alternates(locale, `/topics/${topic.slug}`) }
    : { title: t("topicNotFound") };
}

export default async function TopicPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const [topic, namer, t] = await Promise.all([
    load((await params).slug),
    loadNamer(locale),
    getTranslations("browse"),
  ]);
  if (!topic) notFound();
  const name = namer.topic(topic.slug, topic.name);
  const href = (path: string) => localePath(locale, path);
  return (
    <BrowsePage
      locale={locale}
      filter={{ topic: topic.slug }}
      page={(await searchParams).page}
      path={href(`/topics/${topic.slug}`)}
      crumbs={[
        { href: href("/topics"), label: t("topicsTitle") },
        ...(topic.parent
          ? [{ href: href(`/topics/${topic.parent.slug}`), label: namer.topic(topic.parent.slug, topic.parent.name) }]
          : []),
      ]}
      title={name}
      heading={t("topicHeading", { name })}
    >
      <LinkTags
        title={t("narrower")}
        links={topic.children.map((c) => ({ href: href(`/topics/${c.slug}`), label: namer.topic(c.slug, c.name) }))}
      />
    </BrowsePage>
  );
}
