/** Text for XML content and attributes. */
export function xml(text: string): string {
  return (
    text
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      // Characters XML 1.0 forbids: control characters other than tab, line feed and carriage return.
      .replace(/[\p{Cc}]/gu, (c) => (c === "\t" || c === "\n" || c === "\r" ? c : ""))
  );
}
