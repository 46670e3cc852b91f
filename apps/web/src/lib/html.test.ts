import fc from "fast-check";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { escapeHtml, Html, html, inner } from "./html";

// Any string: every code unit, lone surrogates and control characters included.
const anyText = fc.string({ unit: "binary", maxLength: 40 });
// Strings made mostly of the characters that matter to an HTML parser.
const markupText = fc.string({
  unit: fc.constantFrom("<", ">", '"', "'", "&", "=", "/", " ", "\t", "\n", "a", "b", "#", ";", "x", "!", "-", "`"),
  maxLength: 40,
});
const hostile = fc.oneof(anyText, markupText);

const decoded: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#x27;": "'" };
function decode(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#x27);/g, (entity) => decoded[entity]!);
}

describe("html", () => {
  it("escapes text and attribute values exactly as React does", () => {
    fc.assert(
      fc.property(hostile, (text) => {
        expect(html`<p title="${text}">${text}</p>`.text).toBe(
          renderToStaticMarkup(createElement("p", { title: text }, text)),
        );
      }),
    );
  });

  it("no interpolated string makes a tag, ends an attribute value or is changed", () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (a, b, c) => {
        const out = html`<a title="${a}" data-x='${b}' href="/x/${c}">${a}${b}</a><b>${c}</b>`.text;
        // Values are between the template's own delimiters and hold none of the characters that
        // could open a tag or close a quoted value; decoded, they are the strings given.
        const match =
          /^<a title="([^"<>']*)" data-x='([^"<>']*)' href="\/x\/([^"<>']*)">([^"<>']*)<\/a><b>([^"<>']*)<\/b>$/.exec(
            out,
          );
        expect(match).not.toBeNull();
        const [, title, x, href, text, bold] = match!;
        expect([title, x, href, text, bold].map((v) => decode(v!))).toEqual([a, b, c, a + b, c]);
        // Every & left is one of the escapes, so no value turns into another entity.
        expect(out.replace(/&(?:amp|lt|gt|quot|#x27);/g, "")).not.toContain("&");
      }),
    );
  });

  it("renders nothing for null, undefined and false, joins arrays, keeps Html as it is", () => {
    const items = ["a<b", "c"].map((t) => html`<li>${t}</li>`);
    expect(html`<ul>${items}${null}${undefined}${false}${0}</ul>`.text).toBe("<ul><li>a&lt;b</li><li>c</li>0</ul>");
    const on = (flag: boolean) => (flag ? html` data-on="true"` : null);
    expect(html`<p${on(true)}${on(false)}>${[["x", html`<br/>`], "&"]}</p>`.text).toBe(
      '<p data-on="true">x<br/>&amp;</p>',
    );
    expect(inner([html`<i>${"<"}</i>`, ">"])).toEqual({ __html: "<i>&lt;</i>&gt;" });
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#x27;y&#x27;&gt;&amp;amp;&lt;/a&gt;",
    );
  });

  it("refuses a string where escaping cannot make it safe: inside a tag, unquoted", () => {
    const value = "x onmouseover=alert(1)";
    expect(() => html`<a href=${value}>link</a>`).toThrow(/quoted attribute value/);
    expect(() => html`<a ${value}>link</a>`).toThrow(/quoted attribute value/);
    expect(() => html`<${"script"}>`).toThrow(/quoted attribute value/);
    expect(() => html` data-depth=${value}`).toThrow(/quoted attribute value/);
    // Markup made by html is allowed there, and so is nothing.
    expect(html`<a href="/"${html` class="x"`}${null}>link</a>`.text).toBe('<a href="/" class="x">link</a>');
    expect(() => html`<script>${value}</script>`).toThrow(/raw text/);
  });

  it("does not let a string start a URL attribute with a script", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("javascript:", "JavaScript:", " \u0001javascript:", "java\tscript:", "jav\nascript:"),
        anyText,
        (scheme, rest) => {
          expect(html`<a href="${scheme + rest}">x</a>`.text).toBe('<a href="about:invalid">x</a>');
          expect(html`<use href='${scheme + rest}'/>`.text).toBe("<use href='about:invalid'/>");
        },
      ),
    );
    // Only where the value starts the URL; after a fixed path it is a path segment.
    expect(html`<a href="/practices/${"javascript:x"}">x</a>`.text).toBe('<a href="/practices/javascript:x">x</a>');
    expect(html`<a href="${"/practices?q=a&b"}">x</a>`.text).toBe('<a href="/practices?q=a&amp;b">x</a>');
  });

  it("makes Html only through the template", () => {
    const forge = Html as unknown as new (token: symbol, text: string) => Html;
    expect(() => new forge(Symbol("trusted markup"), "<script>")).toThrow(TypeError);
    expect(html`${"<script>"}`.text).toBe("&lt;script&gt;");
  });
});
