import { describe, expect, it } from "vitest";
import { licenseHeaders } from "./license";
import { openApiDocument } from "./openapi";

const ccBy = { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" };
const unstated = { name: "not yet stated", url: null };

describe("the data's licence", () => {
  it("is the API document's info.license, with its URL when one is set", () => {
    expect(openApiDocument("https://gp.example.org", ccBy).info.license).toEqual(ccBy);
    expect(openApiDocument("https://gp.example.org", unstated).info.license).toEqual({ name: "not yet stated" });
  });

  it("travels in the downloads' headers: always named, linked (rel=license) when it has a URL", () => {
    expect(licenseHeaders(ccBy)).toEqual({
      "X-Data-License": "CC BY 4.0",
      Link: '<https://creativecommons.org/licenses/by/4.0/>; rel="license"; title="CC BY 4.0"',
    });
    expect(licenseHeaders(unstated)).toEqual({ "X-Data-License": "not yet stated" });
  });
});
