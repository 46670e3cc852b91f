/** How a body read within a byte limit went. */
export type LimitedForm = { form: FormData } | { error: "too-large" | "unreadable" };

/**
 * Reads a multipart (or urlencoded) body as form data, counting its bytes as they arrive and giving
 * up the moment they pass `limit`. Content-Length alone cannot bound it: a chunked upload declares
 * no length, and request.formData() would buffer the whole of it first. Past the limit the body
 * stream is cancelled, so nothing more is read or kept.
 */
export async function readFormWithin(request: Request, limit: number): Promise<LimitedForm> {
  const body = request.body;
  if (!body) return { error: "unreadable" };
  let received = 0;
  let tooLarge = false;
  const counted = body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength;
        if (received > limit) {
          tooLarge = true;
          controller.error(new Error("The body is larger than the limit."));
          return;
        }
        controller.enqueue(chunk);
      },
    }),
  );
  try {
    const contentType = request.headers.get("content-type") ?? "";
    return { form: await new Response(counted, { headers: { "content-type": contentType } }).formData() };
  } catch {
    return { error: tooLarge ? "too-large" : "unreadable" };
  }
}
