import { summaryBlocks } from "@/lib/summary-blocks";

/** A practice's summary with its paragraphs and bullet lists kept. */
export function SummaryText({ summary }: { summary: string }) {
  return (
    <div className="gp-prose">
      {summaryBlocks(summary).map((block, index) =>
        block.kind === "p" ? (
          <p key={index}>{block.text}</p>
        ) : (
          <ul key={index}>
            {block.items.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
