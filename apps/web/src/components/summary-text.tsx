import { summaryBlocks } from "@/lib/summary-blocks";

/** A practice's summary with its paragraphs and bullet lists kept; `lang` when it is not in the page's language. */
export function SummaryText({ summary, lang }: { summary: string; lang?: string }) {
  return (
    <div className="gp-prose" lang={lang}>
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
