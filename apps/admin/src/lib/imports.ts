/** The largest upload the admin app accepts (an ISSA export of the whole database is a few MB). */
export const maxUploadBytes = 10 * 1024 * 1024;
export const maxUploadLabel = "10 MB";

/** The upload form's path, checked by the proxy before Next reads the body. */
export const uploadPath = "/api/imports";

/**
 * Whether a request declares a body larger than any acceptable upload (the multipart envelope adds
 * a little to the file itself). Judged from Content-Length, before a byte of the body is read.
 */
export function declaresTooLargeUpload(headers: Headers): boolean {
  return Number(headers.get("content-length") ?? "0") > maxUploadBytes + uploadEnvelopeBytes;
}

/** Room for the multipart envelope (boundaries, part headers, the format field) around the file. */
export const uploadEnvelopeBytes = 64 * 1024;

/** Why an upload was refused, as codes in the /imports?error= redirect, and what the page says. */
export const uploadErrors = {
  "too-large": `The file is larger than ${maxUploadLabel}, the upload limit. Split it, or import it from the command line (npm run ingest).`,
  "no-file": "Choose a file to upload.",
  empty: "The file is empty.",
  format: "Choose a format from the list, or let it be detected.",
  unreadable: "The upload could not be read. Please try again.",
} as const;
export type UploadError = keyof typeof uploadErrors;
