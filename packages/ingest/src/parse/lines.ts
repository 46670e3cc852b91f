/**
 * Splits streamed text into lines, whatever the line ending (LF, CRLF, CR), including a CRLF cut
 * between two chunks. Lines come in arrays, one per chunk, so a big file costs no call per line.
 */
export class LineSplitter {
  private rest = "";

  push(text: string): string[] {
    let joined = this.rest + text;
    // A chunk ending in CR may be the first half of a CRLF: wait for the next chunk to tell.
    const pendingCr = joined.endsWith("\r");
    if (pendingCr) joined = joined.slice(0, -1);
    const lines = joined.split(/\r\n|\n|\r/);
    this.rest = (lines.pop() ?? "") + (pendingCr ? "\r" : "");
    return lines;
  }

  /** The last line, if the text did not end with a line break. */
  end(): string[] {
    const last = this.rest.replace(/\r$/, "");
    const hadCr = this.rest.endsWith("\r");
    this.rest = "";
    return last !== "" || hadCr ? [last] : [];
  }
}
