"use client";

import { useState } from "react";
import { SubmitRow } from "@/components/submit-row";
import { maxUploadBytes, maxUploadLabel, uploadErrors } from "@/lib/imports";

/** The two uploads: an ISSA export of practices, or translations of practices (`ingest --translations`). */
const forms = {
  practices: {
    idPrefix: "",
    label: "File",
    hint: `.txt listing, .csv or .json; at most ${maxUploadLabel}.`,
    accept: ".txt,.csv,.json,text/plain,text/csv,application/json",
    submit: "Upload and preview",
  },
  translations: {
    idPrefix: "translations-",
    label: "Translations (CSV or JSON)",
    hint: `Fields practice (its slug), language (fr, de, es or en), title, summary, and optionally status (draft or published); at most ${maxUploadLabel}.`,
    accept: ".csv,.json,text/csv,application/json",
    submit: "Upload translations and preview",
  },
} as const;

/**
 * Posts the file to /api/imports (a plain multipart form, so it also works without JavaScript).
 * With JavaScript, a file over the limit is refused at once, before it is sent.
 */
export function UploadForm({
  serverError,
  kind = "practices",
}: {
  serverError: string | null;
  kind?: keyof typeof forms;
}) {
  const [error, setError] = useState<string | null>(serverError);
  const [sending, setSending] = useState(false);
  const form = forms[kind];
  const id = (name: string) => `${form.idPrefix}${name}`;
  return (
    <form
      action="/api/imports"
      method="post"
      encType="multipart/form-data"
      className="gp-form"
      onSubmit={(event) => {
        const input = event.currentTarget.elements.namedItem("file") as HTMLInputElement | null;
        const file = input?.files?.[0];
        const problem = !file
          ? uploadErrors["no-file"]
          : file.size > maxUploadBytes
            ? uploadErrors["too-large"]
            : file.size === 0
              ? uploadErrors.empty
              : null;
        if (problem) {
          event.preventDefault();
          setError(problem);
          return;
        }
        setError(null);
        setSending(true);
      }}
    >
      <input type="hidden" name="kind" value={kind} />
      <div className="gp-form-row">
        <div className="gp-field" data-invalid={error ? "" : undefined}>
          <label htmlFor={id("file")}>{form.label}</label>
          <p className="gp-field__hint" id={id("file-hint")}>
            {form.hint}
          </p>
          <input
            className="gp-input"
            id={id("file")}
            name="file"
            type="file"
            accept={form.accept}
            aria-describedby={`${id("file-hint")} ${id("file-error")}`}
            required
          />
          <p className="gp-field__error" id={id("file-error")} aria-live="polite" role={error ? "alert" : undefined}>
            {error}
          </p>
        </div>
        {kind === "practices" ? (
          <div className="gp-field">
            <label htmlFor="format">Format</label>
            <select className="gp-select" id="format" name="format" defaultValue="">
              <option value="">Detect from the content</option>
              <option value="listing">ISSA listing (text)</option>
              <option value="csv">CSV</option>
              <option value="json">JSON</option>
            </select>
          </div>
        ) : null}
      </div>
      <SubmitRow pending={sending} label={form.submit} pendingLabel="Reading the file…" />
    </form>
  );
}
