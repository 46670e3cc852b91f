import { routePractice } from "@gp/db/practices";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Withdrawn } from "@/components/withdrawn";
import { readDb } from "@/lib/db";
import { pageLocale } from "@/lib/page-locale";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "withdrawn" });
  return { title: t("metaTitle"), robots: { index: false } };
}

/** The proxy rewrites a withdrawn practice's URL here with status 410. */
export default async function WithdrawnPage({ params }: Props) {
  await pageLocale(params);
  const route = await routePractice(readDb(), (await params).slug);
  if (route.kind !== "withdrawn") notFound();
  return <Withdrawn title={route.title} />;
}
