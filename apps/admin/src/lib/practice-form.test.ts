import { describe, expect, it } from "vitest";
import { practiceFields, practiceInput, toSnapshot } from "./practice-form";

function form(values: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

const valid = {
  title: " A title ",
  summary: "Line one\r\n\r\nLine two ",
  institutionId: "3",
  implementationYear: "2021",
  awardYear: "",
  awardDistinction: "",
  language: "en",
  topics: ["5", "2", "5"],
  status: "published",
};

describe("the practice form", () => {
  it("turns the submitted fields into a snapshot: trimmed, LF line breaks, empty as none, topics sorted once", () => {
    const parsed = practiceFields.parse(practiceInput(form(valid)));
    expect(toSnapshot(parsed)).toEqual({
      title: "A title",
      summary: "Line one\n\nLine two",
      institutionId: 3,
      implementationYear: 2021,
      awardYear: null,
      awardDistinction: null,
      language: "en",
      topics: [2, 5],
      status: "published",
    });
    expect(toSnapshot(practiceFields.parse(practiceInput(form({ ...valid, title: "  " })))).title).toBeNull();
  });

  it("explains each bad field", () => {
    const result = practiceFields.safeParse(
      practiceInput(
        form({
          ...valid,
          summary: " \r\n ",
          institutionId: "",
          implementationYear: "21",
          awardYear: "1850",
          awardDistinction: "gold",
          language: "xx",
          status: "merged",
          topics: ["a"],
        }),
      ),
    );
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((i) => [String(i.path[0]), i.message]));
    expect(messages).toEqual({
      summary: "The summary cannot be empty.",
      institutionId: "Choose an institution.",
      implementationYear: "The implementation year must be a year, like 2021.",
      awardYear: "The award year must be between 1900 and 2200.",
      awardDistinction: "Choose one of the listed distinctions.",
      language: "Choose one of the listed languages.",
      status: "Choose published, draft or withdrawn.",
      topics: "A chosen topic is not valid.",
    });
  });

  it("needs an award year for a distinction", () => {
    const result = practiceFields.safeParse(
      practiceInput(form({ ...valid, awardDistinction: "certificate_of_merit" })),
    );
    expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["awardYear", "An award distinction needs its award year."],
    ]);
  });

  it("treats missing fields as empty, never as a crash", () => {
    expect(practiceFields.safeParse(practiceInput(new FormData())).success).toBe(false);
  });
});
