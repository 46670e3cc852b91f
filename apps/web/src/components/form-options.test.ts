import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CheckboxOptions, YearOptions } from "./form-options";

const html = (element: Parameters<typeof renderToStaticMarkup>[0]) =>
  renderToStaticMarkup(element).replaceAll("<!-- -->", "");

describe("form options", () => {
  it("render a facet's checkboxes from tuples: value, label, count, depth in the tree, checked", () => {
    const options = CheckboxOptions({
      name: "topic",
      options: [
        ["ict", "ICT", "1,203"],
        ["e-services", "E-services", "17", 1],
        ["family", "Family & children", "0", 0, 1],
      ],
    });
    expect(html(createElement("div", null, options))).toBe(
      "<div>" +
        '<label><input type="checkbox" name="topic" value="ict"/>ICT <span>1,203</span></label>' +
        '<label data-depth="1"><input type="checkbox" name="topic" value="e-services"/>E-services <span>17</span></label>' +
        '<label><input type="checkbox" name="topic" checked="" value="family"/>Family &amp; children <span>0</span></label>' +
        "</div>",
    );
  });

  it("render the years of a select, each with its count", () => {
    const options = YearOptions({
      options: [
        [2020, "3"],
        [2021, "1,004"],
      ],
    });
    expect(html(createElement("select", { defaultValue: "2021" }, options))).toBe(
      '<select><option value="2020">2020 (3)</option><option value="2021" selected="">2021 (1,004)</option></select>',
    );
  });
});
