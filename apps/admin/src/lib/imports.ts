/** The largest upload the admin app accepts (an ISSA export of the whole database is a few MB). */
export const maxUploadBytes = 10 * 1024 * 1024;
export const maxUploadLabel = "10 MB";

/** Why an upload was refused, as codes in the /imports?error= redirect, and what the page says. */
export const uploadErrors = {
  "too-large": `The file is larger than ${maxUploadLabel}, the upload limit. Split it, or import it from the command line (npm run ingest).`,
  "no-file": "Choose a file to upload.",
  empty: "The file is empty.",
  format: "Choose a format from the list, or let it be detected.",
  unreadable: "The upload could not be read. Please try again.",
} as const;
export type UploadError = keyof typeof uploadErrors;
