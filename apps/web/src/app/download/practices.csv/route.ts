import { csvColumns, csvLine } from "@/lib/export-stream";
import { practiceUrl, selectionDownload, selectionRoute } from "@/lib/selection";

// Answers from the database and the request, never from a build-time copy.
export const dynamic = "force-dynamic";

/** GET /download/practices.csv?…: every practice of the selection, streamed as CSV (texts in `lang`, else the original's). */
export const GET = selectionRoute(async (selection) =>
  selectionDownload(
    selection,
    async function* (batches) {
      yield `\uFEFF${csvColumns.join(",")}\r\n`; // The BOM makes spreadsheets read UTF-8.
      for await (const batch of batches)
        yield batch.map((row) => csvLine(row, selection.origin, practiceUrl(selection, row.slug))).join("");
    },
    { name: "practices.csv", type: "text/csv; charset=utf-8" },
  ),
);
