import { describe, expect, it } from "vitest";
import { newEntryFields, newEntryInput } from "./new-entry-form";

function form(values: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

const entry = {
  title: "Digital pension forecasts",
  summary: "A yearly forecast.",
  institutionMode: "existing",
  institutionId: "3",
  implementationYear: "2022",
  awardYear: "",
  awardDistinction: "",
  language: "en",
  status: "published",
};

const errorsOf = (values: Record<string, string | string[]>) => {
  const result = newEntryFields.safeParse(newEntryInput(form(values)));
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
};

describe("the new-entry form", () => {
  it("publishes an entry only with a topic; a draft may have none", () => {
    expect(errorsOf(entry)).toEqual({
      topics: "A practice is published with at least one topic: choose its topics first.",
    });
    expect(errorsOf({ ...entry, topics: ["7"] })).toEqual({});
    expect(errorsOf({ ...entry, status: "draft" })).toEqual({});
  });

  it("reports every field's problem at once, under the field's name", () => {
    expect(
      errorsOf({ ...entry, title: " ", summary: "", institutionId: "", awardYear: "1850", status: "draft" }),
    ).toEqual({
      title: "A new entry needs a title.",
      summary: "The summary cannot be empty.",
      institutionId: "Choose an institution.",
      awardYear: "The award year must be between 1900 and 2200.",
    });
    expect(
      errorsOf({ ...entry, institutionMode: "new", newInstitutionName: "X", newInstitutionCountry: "", topics: ["1"] }),
    ).toEqual({
      newInstitutionName: "Give the institution's name.",
      newInstitutionCountry: "Choose the institution's country.",
    });
  });
});
