import { describe, expect, it } from "vitest";
import { listChange } from "./practice-changes";

const names: Record<number, string> = { 1: "Pensions", 2: "Health", 3: "Fraud", 4: "E-services" };
const name = (id: unknown) => names[id as number] ?? String(id);

describe("a list-valued field's change", () => {
  it("shows a merge that united the topics as topics added, none removed", () => {
    expect(listChange([1, 2], [1, 2, 3, 4], name)).toEqual({ added: ["Fraud", "E-services"], removed: [], kept: 2 });
  });

  it("shows what was removed and what was added, each once", () => {
    expect(listChange([1, 2, 2], [2, 3, 3], name)).toEqual({ added: ["Fraud"], removed: ["Pensions"], kept: 1 });
    expect(listChange([], [], name)).toEqual({ added: [], removed: [], kept: 0 });
  });
});
