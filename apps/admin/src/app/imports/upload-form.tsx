"use client";

import { useState } from "react";
import { SubmitRow } from "@/components/submit-row";
import { maxUploadBytes, maxUploadLabel, uploadErrors } from "@/lib/imports";

/**
 * Posts the file to /api/imports (a plain multipart form, so it also works without JavaScript).
 * With JavaScript, a file over the limit is refused at once, before it is sent.
 */
export function UploadForm({ serverError }: { serverError: string | null }) {
  const [error, setError] = useState<string | null>(serverError);
  const [sending, setSending] = useState(false);
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
      <div className="gp-form-row">
        <div className="gp-field" data-invalid={error ? "" : undefined}>
          <label htmlFor="file">File</label>
          <p className="gp-field__hint" id="file-hint">
            .txt listing, .csv or .json; at most {maxUploadLabel}.
          </p>
          <input
            className="gp-input"
            id="file"
            name="file"
            type="file"
            accept=".txt,.csv,.json,text/plain,text/csv,application/json"
            aria-describedby="file-hint file-error"
            required
          />
          <p className="gp-field__error" id="file-error" aria-live="polite" role={error ? "alert" : undefined}>
            {error}
          </p>
        </div>
        <div className="gp-field">
          <label htmlFor="format">Format</label>
          <select className="gp-select" id="format" name="format" defaultValue="">
            <option value="">Detect from the content</option>
            <option value="listing">ISSA listing (text)</option>
            <option value="csv">CSV</option>
            <option value="json">JSON</option>
          </select>
        </div>
      </div>
      <SubmitRow pending={sending} label="Upload and preview" pendingLabel="Reading the file…" />
    </form>
  );
}
