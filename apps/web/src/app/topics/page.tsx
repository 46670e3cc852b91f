import { everything, topicFacet } from "@gp/db/search";
import type { Metadata } from "next";
import { TopicTree } from "@/components/topic-tree";
import { cached } from "@/lib/cache";
import { readDb } from "@/lib/db";

export const metadata: Metadata = { title: "Topics", alternates: { canonical: "/topics" } };

export default async function TopicsPage() {
  const topics = await cached("topics", () => topicFacet(readDb(), everything));
  return (
    <div className="gp-browse">
      <h1>Topics</h1>
      <p className="gp-lead">
        Every topic with the number of published practices under it. A broad topic counts the practices of its narrower
        topics.
      </p>
      {topics.length ? <TopicTree topics={topics} headingLevel={2} /> : <p className="gp-muted">No topics yet.</p>}
    </div>
  );
}
