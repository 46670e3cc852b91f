import { describe, expect, it } from "vitest";
import { comboboxLabels, resolveChoice } from "./combobox";

const institutions = [
  { value: 1, label: "Social Insurance Institution (ZUS)", group: "Poland" },
  { value: 2, label: "Social Insurance Institution", group: "Finland" },
  { value: 3, label: "National Employment Office", group: "Belgium" },
  { value: 4, label: "National Employment Office", group: "Belgium" },
];

describe("a combobox's options", () => {
  it("reads each option as its label and group, with the value only where two would read the same", () => {
    expect([...comboboxLabels(institutions).values()]).toEqual([
      "Social Insurance Institution (ZUS), Poland",
      "Social Insurance Institution, Finland",
      "National Employment Office, Belgium (#3)",
      "National Employment Office, Belgium (#4)",
    ]);
  });

  it("finds the option a submitted text names: its value, its text, its text in other case and spacing", () => {
    expect(resolveChoice(institutions, "2")).toBe("2");
    expect(resolveChoice(institutions, "Social Insurance Institution, Finland")).toBe("2");
    expect(resolveChoice(institutions, "  social insurance  institution (zus), POLAND ")).toBe("1");
    expect(resolveChoice(institutions, "National Employment Office, Belgium (#4)")).toBe("4");
  });

  it("finds nothing for text that names no option, or several", () => {
    expect(resolveChoice(institutions, "")).toBeNull();
    expect(resolveChoice(institutions, "Social Insurance")).toBeNull();
    expect(resolveChoice(institutions, "9")).toBeNull();
    expect(
      resolveChoice(
        [
          { value: 1, label: "A" },
          { value: 2, label: "a" },
        ],
        "A",
      ),
    ).toBe("1");
  });
});
