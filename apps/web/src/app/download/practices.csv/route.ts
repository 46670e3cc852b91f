import { getReadDb } from "@gp/db/client";
import { streamPractices } from "@gp/db/search";
import { badRequest, handle } from "@/lib/api";
import { csvColumns, csvLine, textStream } from "@/lib/export-stream";
import { selectionOf } from "@/lib/selection";
import { requestOrigin } from "@/lib/site";

// Answers from the database and the request, never from a build-time copy.
export const dynamic = "force-dynamic";

/** GET /download/practices.csv?…: every practice of the selection, streamed as CSV. */
export function GET(request: Request): Promise<Response> {
  return handle(async () => {
    const selection = await selectionOf(request);
    if (!selection.ok) return badRequest(selection.issues);
    const { filter, params } = selection;
    const origin = requestOrigin(request);
    async function* lines() {
      yield `\uFEFF${csvColumns.join(",")}\r\n`; // The BOM makes spreadsheets read UTF-8.
      for await (const batch of streamPractices(getReadDb(), filter, { order: params.sort })) {
        yield batch.map((row) => csvLine(row, origin)).join("");
      }
    }
    return new Response(textStream(lines()), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="practices.csv"',
        "Cache-Control": "no-store",
      },
    });
  });
}
