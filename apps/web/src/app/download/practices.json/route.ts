import { jsonItem } from "@/lib/export-stream";
import { practiceUrl, selectionDownload, selectionRoute } from "@/lib/selection";

// Answers from the database and the request, never from a build-time copy.
export const dynamic = "force-dynamic";

/** GET /download/practices.json?…: every practice of the selection, streamed as one JSON array (texts in `lang`, else the original's). */
export const GET = selectionRoute(async (selection) =>
  selectionDownload(
    selection,
    async function* (batches) {
      yield "[";
      let first = true;
      for await (const batch of batches) {
        const text = batch
          .map((row) => JSON.stringify(jsonItem(row, selection.origin, practiceUrl(selection, row.slug))))
          .join(",\n");
        yield first ? `\n${text}` : `,\n${text}`;
        first = false;
      }
      yield "\n]\n";
    },
    { name: "practices.json", type: "application/json; charset=utf-8" },
  ),
);
