import { MAX_RECORD_CHARS } from "./limits";

/**
 * Splits streamed text into lines, whatever the line ending (LF, CRLF, CR), including a CRLF cut
 * between two chunks. Lines come in arrays, one per chunk, so a big file costs no call per line.
 * A line longer than `maxLine` is cut to it and the rest skipped as it streams by, so memory stays
 * bounded whatever the input (the cut text is still far over any field's limit).
 */
export class LineSplitter {
  private rest = "";
  /** The line being read was cut: drop text up to its line break. */
  private skipping = false;

  constructor(private readonly maxLine = MAX_RECORD_CHARS) {}

  push(text: string): string[] {
    if (this.skipping) {
      const at = text.search(/[\r\n]/);
      if (at < 0) return [];
      this.skipping = false;
      text = text.slice(at);
    }
    let joined = this.rest + text;
    // A chunk ending in CR may be the first half of a CRLF: wait for the next chunk to tell.
    const pendingCr = joined.endsWith("\r");
    if (pendingCr) joined = joined.slice(0, -1);
    const lines = joined.split(/\r\n|\n|\r/);
    let last = lines.pop() ?? "";
    if (last.length > this.maxLine) {
      last = last.slice(0, this.maxLine);
      // Without a pending CR the line goes on in the next chunks.
      this.skipping = !pendingCr;
    }
    this.rest = last + (pendingCr ? "\r" : "");
    for (let i = 0; i < lines.length; i++)
      if (lines[i]!.length > this.maxLine) lines[i] = lines[i]!.slice(0, this.maxLine);
    return lines;
  }

  /** The last line, if the text did not end with a line break. */
  end(): string[] {
    const last = this.rest.replace(/\r$/, "");
    const hadCr = this.rest.endsWith("\r");
    this.rest = "";
    this.skipping = false;
    return last !== "" || hadCr ? [last] : [];
  }
}
