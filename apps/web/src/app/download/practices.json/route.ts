import { getReadDb } from "@gp/db/client";
import { streamPractices } from "@gp/db/search";
import { badRequest, handle } from "@/lib/api";
import { jsonItem, textStream } from "@/lib/export-stream";
import { selectionOf } from "@/lib/selection";
import { requestOrigin } from "@/lib/site";

// Answers from the database and the request, never from a build-time copy.
export const dynamic = "force-dynamic";

/** GET /download/practices.json?…: every practice of the selection, streamed as one JSON array. */
export function GET(request: Request): Promise<Response> {
  return handle(async () => {
    const selection = await selectionOf(request);
    if (!selection.ok) return badRequest(selection.issues);
    const { filter, params } = selection;
    const origin = requestOrigin(request);
    async function* chunks() {
      yield "[";
      let first = true;
      for await (const batch of streamPractices(getReadDb(), filter, { order: params.sort })) {
        const text = batch.map((row) => JSON.stringify(jsonItem(row, origin))).join(",\n");
        yield first ? `\n${text}` : `,\n${text}`;
        first = false;
      }
      yield "\n]\n";
    }
    return new Response(textStream(chunks()), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": 'attachment; filename="practices.json"',
        "Cache-Control": "no-store",
      },
    });
  });
}
