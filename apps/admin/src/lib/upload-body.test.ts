import { describe, expect, it } from "vitest";
import { readFormWithin } from "./upload-body";

const limit = 1024 * 1024;

/** A chunked request body that never ends by itself, and what was taken from it. */
function endlessUpload() {
  const chunk = new Uint8Array(64 * 1024).fill(97);
  const source = { produced: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      source.produced += chunk.byteLength;
      controller.enqueue(chunk);
    },
    cancel() {
      source.cancelled = true;
    },
  });
  const request = new Request("http://admin.test/api/imports", {
    method: "POST",
    body,
    duplex: "half",
    headers: { "content-type": "multipart/form-data; boundary=x" },
  } as RequestInit);
  return { request, source };
}

describe("reading an upload within a byte limit", () => {
  it("stops a body that declares no length as soon as it passes the limit, and reads no more", async () => {
    const { request, source } = endlessUpload();
    expect(request.headers.get("content-length")).toBeNull();
    expect(await readFormWithin(request, limit)).toEqual({ error: "too-large" });
    expect(source.cancelled).toBe(true);
    expect(source.produced).toBeLessThanOrEqual(limit + 4 * 64 * 1024);
  });

  it("reads a form within the limit", async () => {
    const form = new FormData();
    form.set("format", "");
    form.set("file", new File(["Implementation year:\n2021\n"], "listing.txt", { type: "text/plain" }));
    const read = await readFormWithin(new Request("http://admin.test/", { method: "POST", body: form }), limit);
    expect("form" in read && (read.form.get("file") as File).name).toBe("listing.txt");
  });

  it("says a body that is not a form is unreadable", async () => {
    const request = new Request("http://admin.test/", {
      method: "POST",
      body: "not multipart",
      headers: { "content-type": "multipart/form-data; boundary=x" },
    });
    expect(await readFormWithin(request, limit)).toEqual({ error: "unreadable" });
  });
});
