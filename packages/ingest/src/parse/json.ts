import type { ImportError, RawRecord, RecordField } from "../record";
import { MAX_RECORD_CHARS, maxRecordLabel } from "./limits";

const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const NEWLINE = 10;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/**
 * A JSON array of record objects, or JSON Lines (one object a line), read as a stream: the scanner
 * cuts out one top-level object at a time and parses it alone, so memory stays bounded and every
 * record knows its line.
 */
export class JsonRecordScanner {
  private mode: "start" | "array" | "lines" | "done" = "start";
  /** Inside the array: expecting an element (true) or a comma / the closing bracket (false). */
  private expectElement = true;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private pieces: string[] = [];
  /** Characters of the element read so far: past the limit, the scan stops (memory stays bounded). */
  private pieceChars = 0;
  private elementLine = 0;
  private line = 1;
  private failed = false;
  readonly errors: ImportError[] = [];

  constructor(private readonly emit: (record: RawRecord) => void) {}

  push(text: string): void {
    if (this.failed) return;
    let from = -1; // start of the current element within this chunk
    if (this.depth > 0) from = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (this.depth > 0) {
        if (code === NEWLINE) this.line++;
        if (this.inString) {
          if (this.escaped) this.escaped = false;
          else if (code === BACKSLASH) this.escaped = true;
          else if (code === QUOTE) this.inString = false;
          continue;
        }
        if (code === QUOTE) this.inString = true;
        else if (code === OPEN_BRACE || code === OPEN_BRACKET) this.depth++;
        else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
          this.depth--;
          if (this.depth === 0) {
            this.pieces.push(text.slice(from, i + 1));
            this.pieceChars += i + 1 - from;
            this.element();
            if (this.failed) return;
            from = -1;
          }
        }
        continue;
      }
      if (code === NEWLINE) this.line++;
      if (isSpace(code)) continue;
      if (this.mode === "start") {
        if (code === OPEN_BRACKET) this.mode = "array";
        else if (code === OPEN_BRACE) {
          this.mode = "lines";
          this.open(i);
          from = i;
        } else return this.fail("expected a JSON array of records ([…]) or one JSON object a line");
        continue;
      }
      if (this.mode === "done") return this.fail("unexpected text after the closing “]”");
      if (this.mode === "array" && !this.expectElement) {
        if (code === COMMA) this.expectElement = true;
        else if (code === CLOSE_BRACKET) this.mode = "done";
        else return this.fail("expected “,” or “]” between records");
        continue;
      }
      if (this.mode === "array" && code === CLOSE_BRACKET && this.pieces.length === 0) {
        this.mode = "done";
        continue;
      }
      if (code !== OPEN_BRACE) return this.fail("each record must be a JSON object ({…})");
      this.open(i);
      from = i;
    }
    if (this.depth > 0 && from >= 0) {
      this.pieces.push(text.slice(from));
      this.pieceChars += text.length - from;
      if (this.pieceChars > MAX_RECORD_CHARS) this.tooLong();
    }
  }

  end(): ImportError[] {
    if (this.failed) return this.errors;
    if (this.depth > 0) this.fail("the JSON ends inside a record", this.elementLine);
    else if (this.mode === "array") this.fail("the JSON array is not closed with “]”");
    else if (this.mode === "start") this.fail("the file is empty");
    return this.errors;
  }

  private open(_index: number): void {
    this.depth = 1;
    this.elementLine = this.line;
    this.pieces = [];
    this.pieceChars = 0;
  }

  private tooLong(): void {
    this.pieces = [];
    this.fail(`the record is longer than ${maxRecordLabel} characters`, this.elementLine);
  }

  private element(): void {
    if (this.pieceChars > MAX_RECORD_CHARS) return this.tooLong();
    const text = this.pieces.join("");
    this.pieces = [];
    this.pieceChars = 0;
    this.expectElement = false;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return this.fail(`invalid JSON: ${error instanceof Error ? error.message : String(error)}`, this.elementLine);
    }
    this.emit({ line: this.elementLine, fields: value as Partial<Record<RecordField, unknown>> });
  }

  private fail(message: string, line = this.line): void {
    this.failed = true;
    this.errors.push({ line, field: "file", message });
  }
}
