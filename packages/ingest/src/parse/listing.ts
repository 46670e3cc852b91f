import { cleanLine } from "../normalise";
import type { ImportError, RawRecord, RecordField } from "../record";
import { MAX_RECORD_CHARS, MAX_TOPICS } from "./limits";

const IMPLEMENTATION = /^implementation\s*year\s*:\s*(.*)$/i;
const AWARD = /^award\s*year\s*:\s*(.*)$/i;
const TOPIC = /^topics?\s*:\s*(.*)$/i;

type State = "header" | "implementationValue" | "awardLabel" | "awardValue" | "place" | "summary" | "topics";

interface Draft extends RawRecord {
  fields: Partial<Record<RecordField, unknown>>;
  fieldLines: Partial<Record<RecordField, number>>;
  errors: ImportError[];
  summaryLines: string[];
  /** Characters in summaryLines: past the limit, lines are dropped (the summary is too long anyway). */
  summaryChars: number;
  topics: string[];
}

/**
 * The ISSA listing, line by line. Each record: "Implementation year:" and its value, "Award Year:"
 * and its value, "Institution , Country , Region", the summary's paragraphs, then optionally
 * "Topic:" and one topic a line. Everything before the first record is the page's header.
 * Tolerates blank-line variations, values on the label's line, and an institution containing ", "
 * (the place is split from the right on " , ").
 */
export class ListingParser {
  private state: State = "header";
  private draft: Draft | null = null;
  private sawRecord = false;

  constructor(private readonly emit: (record: RawRecord) => void) {}

  /** Feeds one line; `number` is its 1-based line number. */
  push(rawLine: string, number: number): void {
    // Labels, years, places and topics are short; a long line inside a summary needs no cleaning.
    const line = this.state === "summary" && rawLine.length > 120 ? rawLine : cleanLine(rawLine);
    const implementation = IMPLEMENTATION.exec(line);
    if (implementation) {
      this.start(number);
      this.takeYear("implementationYear", implementation[1] ?? "", number, "awardLabel", "implementationValue");
      return;
    }
    if (this.state === "header") return;
    const draft = this.draft!;
    const topic = TOPIC.exec(line);

    switch (this.state) {
      case "implementationValue":
      case "awardValue": {
        if (line === "") return;
        const field = this.state === "implementationValue" ? "implementationYear" : "awardYear";
        if (topic || AWARD.exec(line) || line.includes(",")) {
          // The value is missing: report it, and read this line as what it is.
          this.fail(field, number, `the ${field === "awardYear" ? "award" : "implementation"} year has no value`);
          this.state = field === "implementationYear" ? "awardLabel" : "place";
          this.push(rawLine, number);
          return;
        }
        draft.fields[field] = line;
        draft.fieldLines[field] = number;
        this.state = field === "implementationYear" ? "awardLabel" : "place";
        return;
      }
      case "awardLabel": {
        if (line === "") return;
        const award = AWARD.exec(line);
        if (award) {
          this.takeYear("awardYear", award[1] ?? "", number, "place", "awardValue");
          return;
        }
        this.fail("awardYear", number, "the “Award Year:” line is missing");
        this.state = "place";
        this.push(rawLine, number);
        return;
      }
      case "place": {
        if (line === "") return;
        if (topic) {
          this.fail("institution", number, "the “Institution , Country , Region” line is missing");
          this.state = "topics";
          this.push(rawLine, number);
          return;
        }
        this.takePlace(line, number);
        this.state = "summary";
        return;
      }
      case "summary": {
        if (topic) {
          draft.fieldLines.topics = number;
          this.state = "topics";
          if (topic[1]) draft.topics.push(topic[1]);
          return;
        }
        if (draft.summaryLines.length === 0) {
          if (line === "") return;
          draft.fieldLines.summary = number;
        }
        if (draft.summaryChars <= MAX_RECORD_CHARS) draft.summaryLines.push(rawLine);
        draft.summaryChars += rawLine.length + 1;
        return;
      }
      case "topics": {
        if (line === "") return;
        if (AWARD.exec(line)) {
          // A record that lost its first line: keep the one read, and start the next here.
          this.start(number);
          this.fail("implementationYear", number, "the “Implementation year:” line is missing");
          this.takeYear("awardYear", AWARD.exec(line)![1] ?? "", number, "place", "awardValue");
          return;
        }
        // One more than the limit is kept, so validation reports the excess.
        if (draft.topics.length <= MAX_TOPICS) draft.topics.push(line);
        return;
      }
    }
  }

  /** Ends the input; returns the file-level errors (e.g. no record at all). */
  end(lastLine: number): ImportError[] {
    this.finish();
    if (!this.sawRecord) {
      return [
        {
          line: Math.max(1, lastLine),
          field: "file",
          message: "no records found: a listing has “Implementation year:” lines (or use --format csv|json)",
        },
      ];
    }
    return [];
  }

  private start(number: number): void {
    this.finish();
    this.sawRecord = true;
    this.draft = {
      line: number,
      fields: {},
      fieldLines: {},
      errors: [],
      summaryLines: [],
      summaryChars: 0,
      topics: [],
    };
  }

  private takeYear(
    field: "implementationYear" | "awardYear",
    inline: string,
    number: number,
    next: State,
    waiting: State,
  ): void {
    if (inline.trim() === "") {
      this.state = waiting;
      return;
    }
    this.draft!.fields[field] = inline;
    this.draft!.fieldLines[field] = number;
    this.state = next;
  }

  private takePlace(line: string, number: number): void {
    const draft = this.draft!;
    for (const field of ["institution", "country", "region"] as const) draft.fieldLines[field] = number;
    // The listing writes " , " between the parts; an institution may itself contain ", ".
    let parts = line.split(/\s+,\s+/);
    if (parts.length < 3) parts = line.split(/\s*,\s*/);
    if (parts.length < 3 || parts.some((part) => part === "")) {
      this.fail("institution", number, `“${line.slice(0, 80)}” is not “Institution , Country , Region”`);
      return;
    }
    draft.fields.region = parts.pop();
    draft.fields.country = parts.pop();
    draft.fields.institution = parts.join(" , ");
  }

  private fail(field: RecordField, line: number, message: string): void {
    this.draft!.errors.push({ line, field, message });
  }

  private finish(): void {
    const draft = this.draft;
    if (!draft) return;
    this.draft = null;
    // A copy, not a slice: a slice of the input chunk would keep the whole chunk alive with the record.
    if (draft.summaryLines.length > 0) draft.fields.summary = Buffer.from(draft.summaryLines.join("\n")).toString();
    if (draft.topics.length > 0) draft.fields.topics = draft.topics;
    const record: RawRecord = { line: draft.line, fieldLines: draft.fieldLines, fields: draft.fields };
    if (draft.errors.length > 0) record.errors = draft.errors;
    this.emit(record);
  }
}
