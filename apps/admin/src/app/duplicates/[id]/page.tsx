import { getDb } from "@gp/db/client";
import { getPracticeDetail } from "@gp/db/curation";
import { getCandidate } from "@gp/db/duplicates";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminFrame } from "@/components/admin-frame";
import { ComparePractices } from "@/components/compare-practices";
import { requirePage } from "@/lib/auth/guard";
import { loadById } from "@/lib/page-id";

export const metadata: Metadata = { title: "Compare duplicates" };

export default async function CandidatePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage();
  const db = getDb();
  const candidate = await loadById(params, (id) => getCandidate(db, id));
  const [a, b] = await Promise.all([getPracticeDetail(db, candidate.aId), getPracticeDetail(db, candidate.bId)]);
  if (!a || !b) notFound();
  return (
    <AdminFrame actor={actor} current="/duplicates">
      <nav aria-label="Breadcrumb" className="gp-breadcrumb">
        <Link href="/duplicates">Duplicates</Link> › <span aria-current="page">Pair {candidate.id}</span>
      </nav>
      <h1>Compare a possible duplicate</h1>
      <p className="gp-lede">
        Similarity {Math.round(candidate.score * 100)}% ({candidate.method}).{" "}
        {candidate.status === "open"
          ? "Choose what the merged practice keeps, or dismiss the pair."
          : `This pair is ${candidate.status}.`}
      </p>
      <ComparePractices a={a} b={b} candidateId={candidate.status === "open" ? candidate.id : undefined} />
    </AdminFrame>
  );
}
