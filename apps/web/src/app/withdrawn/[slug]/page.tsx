import { routePractice } from "@gp/db/practices";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Withdrawn } from "@/components/withdrawn";
import { readDb } from "@/lib/db";

export const metadata: Metadata = { title: "Practice withdrawn", robots: { index: false } };

/** The proxy rewrites a withdrawn practice's URL here with status 410. */
export default async function WithdrawnPage({ params }: { params: Promise<{ slug: string }> }) {
  const route = await routePractice(readDb(), (await params).slug);
  if (route.kind !== "withdrawn") notFound();
  return <Withdrawn title={route.title} />;
}
