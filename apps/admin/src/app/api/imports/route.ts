import { getDb } from "@gp/db/client";
import { savePendingImport } from "@gp/db/imports";
import { importFormats, planImport, previewTranslations } from "@gp/ingest";
import { z } from "zod";
import { route } from "@/lib/auth/guard";
import { declaresTooLargeUpload, maxUploadBytes, type UploadError, uploadEnvelopeBytes } from "@/lib/imports";
import { readFormWithin } from "@/lib/upload-body";

const formatField = z.union([z.literal(""), z.enum(importFormats)]);
/** What the file holds: practices (an ISSA export), or translations of practices (the form's hidden field). */
const kindField = z.enum(["practices", "translations"]);

function back(request: Request, path: string): Response {
  return new Response(null, { status: 303, headers: { location: new URL(path, request.url).toString() } });
}

/**
 * Upload of an export (the imports page's form posts here, with or without JavaScript). The size is
 * checked before the body is read (the declared length) and while it is read (the bytes received);
 * the file is parsed and planned (a dry run, nothing written) and the plan kept in pending_imports;
 * the editor is sent to its preview. A translations file is previewed as `ingest --translations
 * --dry-run` would, and kept as it is, to be checked again when applied. Errors go back to the form.
 */
export const POST = route("editor", async (request, actor) => {
  let kind: z.infer<typeof kindField> = "practices";
  const fail = (code: UploadError) =>
    back(request, `/imports?error=${code}${kind === "translations" ? "&form=translations" : ""}`);
  if (declaresTooLargeUpload(request.headers)) return fail("too-large");
  // The declared length may be missing (a chunked upload) or wrong: the bytes are counted as they come.
  const read = await readFormWithin(request, maxUploadBytes + uploadEnvelopeBytes);
  if ("error" in read) return fail(read.error);
  const { form } = read;
  const kindValue = kindField.safeParse(form.get("kind") ?? "practices");
  if (!kindValue.success) return fail("unreadable");
  kind = kindValue.data;
  const file = form.get("file");
  if (!(file instanceof File) || file.name === "") return fail("no-file");
  if (file.size > maxUploadBytes) return fail("too-large");
  if (file.size === 0) return fail("empty");
  const format = formatField.safeParse(form.get("format") ?? "");
  if (!format.success) return fail("format");

  const db = getDb();
  if (kind === "translations") {
    const content = new Uint8Array(await file.arrayBuffer());
    const preview = await previewTranslations(
      db,
      { name: file.name, content },
      { actor: actor.email, userId: actor.id },
    );
    const id = await savePendingImport(db, {
      fileName: preview.plan.name,
      format: preview.format,
      bytes: preview.bytes,
      sha256: preview.sha256,
      plan: preview.plan,
      report: preview.report,
      createdById: actor.id,
    });
    return back(request, `/imports/pending/${id}`);
  }
  const plan = await planImport(
    db,
    [{ name: file.name.slice(0, 200), content: new Uint8Array(await file.arrayBuffer()), size: file.size }],
    {
      format: format.data === "" ? undefined : format.data,
    },
  );
  const parsed = plan.files[0]!;
  const id = await savePendingImport(db, {
    fileName: parsed.name,
    format: parsed.format,
    bytes: parsed.bytes,
    sha256: parsed.sha256,
    plan: { files: plan.files },
    report: plan.report,
    createdById: actor.id,
  });
  return back(request, `/imports/pending/${id}`);
});
