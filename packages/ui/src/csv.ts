/**
 * One CSV field (RFC 4180), for every CSV the apps write (the public downloads, the audit log):
 * quoted when it holds a comma, a quote or a line break, and never a formula. Spreadsheets run a
 * cell that starts with = + - @ as a formula (and some also after a leading tab or carriage
 * return), so such a text gets a leading apostrophe, which they show as plain text (OWASP's advice
 * on CSV injection). Numbers and booleans are written as they are: they cannot hold a formula.
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record with its CRLF line end. */
export function csvRecord(values: ReadonlyArray<string | number | boolean | null | undefined>): string {
  return `${values.map(csvField).join(",")}\r\n`;
}
