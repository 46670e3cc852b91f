import { describe, expect, it } from "vitest";
import { csvField, csvRecord } from "./csv";

describe("CSV fields", () => {
  it("quote commas, quotes and line breaks", () => {
    expect(csvField('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvField("plain")).toBe("plain");
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
  });

  it("defuse every start a spreadsheet runs as a formula", () => {
    expect(csvField('=HYPERLINK("http://evil.example","x")')).toBe('"\'=HYPERLINK(""http://evil.example"",""x"")"');
    expect(csvField("+1+1")).toBe("'+1+1");
    expect(csvField("-2+3")).toBe("'-2+3");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\t=1+1")).toBe("'\t=1+1");
    expect(csvField("\r=1+1")).toBe('"\'\r=1+1"');
    // Inside a text a formula sign is harmless; numbers are numbers.
    expect(csvField("a=b")).toBe("a=b");
    expect(csvField(-5)).toBe("-5");
  });

  it("end a record with CRLF", () => {
    expect(csvRecord(["a", 1, null, "=x"])).toBe("a,1,,'=x\r\n");
  });
});
