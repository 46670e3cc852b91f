/**
 * Markup built on the server as one string, for the search page's large read-only blocks (result
 * cards, facet options, the map). React pays for each element twice (the HTML and the RSC payload),
 * so a block of a few hundred elements costs milliseconds of CPU per request as React elements and
 * a small fraction of that as a string. The DOM is the same either way.
 *
 * Safety: every interpolated value is escaped unless it is itself `Html` (made only by `html`), and
 * each template is checked once for where its values go: text and quoted attribute values take
 * strings; inside a tag (an unquoted attribute, a tag or attribute name) only `Html` is allowed, as
 * escaping cannot make a string safe there. A string that starts a URL attribute cannot carry a
 * script (`javascript:`), as React would not render it either.
 */

const trusted = Symbol("trusted markup");

export class Html {
  readonly text: string;

  /** Only `html` (and `raw` in this module) make markup; a string from elsewhere is always escaped. */
  constructor(token: typeof trusted, text: string) {
    if (token !== trusted) throw new TypeError("Html is made with the html template only");
    this.text = text;
  }

  toString(): string {
    return this.text;
  }
}

export type HtmlValue = Html | string | number | null | undefined | false | readonly HtmlValue[];

// The same entities as React's escaping, so the markup is byte for byte what React would send.
const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };
const special = /[&<>"']/;

/** Text safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return special.test(text) ? text.replace(/[&<>"']/g, (c) => entities[c]!) : text;
}

/** Where a template puts each of its values. */
type Slot = "text" | "value" | "url" | "tag";

const URL_ATTRIBUTES = /\s(?:href|src|action|formaction|xlink:href)\s*=\s*["']$/i;
// React's test for a script URL (control characters and spaces before it, tabs and newlines inside).
const SCRIPT_URL =
  // eslint-disable-next-line no-control-regex -- browsers skip leading control characters in a URL
  /^[\u0000-\u001F ]*j[\r\n\t]*a[\r\n\t]*v[\r\n\t]*a[\r\n\t]*s[\r\n\t]*c[\r\n\t]*r[\r\n\t]*i[\r\n\t]*p[\r\n\t]*t[\r\n\t]*:/i;
const ATTRIBUTES = /^\s+[\w:-]+\s*=/;
const RAW_TEXT = /<(?:script|style|textarea|xmp|iframe|noembed|noframes|plaintext)\b|<!--/i;

/**
 * The slots of a template, from its literal parts alone (values are escaped or balanced markup, so
 * they never change whether the parser is in text, in a tag or in a quoted value).
 */
function analyse(strings: readonly string[]): Slot[] {
  // A fragment of attributes (html` checked=""`) is inside a tag; anything else starts in text.
  let state: "text" | "tag" | '"' | "'" = ATTRIBUTES.test(strings[0]!) ? "tag" : "text";
  let sinceQuote = "";
  const slots: Slot[] = [];
  strings.forEach((part, index) => {
    if (RAW_TEXT.test(part)) throw new Error(`html: no values in raw text or comments: ${part}`);
    for (const c of part) {
      if (state === "text") {
        if (c === "<") state = "tag";
      } else if (state === "tag") {
        if (c === '"' || c === "'") {
          state = c;
          sinceQuote = "";
        } else if (c === ">") state = "text";
      } else if (c === state) state = "tag";
      else sinceQuote += c;
    }
    if (index === strings.length - 1) return;
    if (state === "text") slots.push("text");
    else if (state === "tag") slots.push("tag");
    else slots.push(sinceQuote === "" && URL_ATTRIBUTES.test(part) ? "url" : "value");
  });
  return slots;
}

// A template's literal parts are the same array object on every call from one place in the code.
const slotsOf = new WeakMap<TemplateStringsArray, Slot[]>();

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

function renderIn(slot: Slot, value: HtmlValue, part: string): string {
  if (slot === "text" || value === null || value === undefined || value === false || value instanceof Html)
    return render(value);
  if (slot === "tag") throw new Error(`html: a string inside a tag must be a quoted attribute value, after: ${part}`);
  const text = render(value);
  return slot === "url" && SCRIPT_URL.test(String(value)) ? "about:invalid" : text;
}

/** A template of markup: `html\`<a href="${href}">${name}</a>\``. Null, undefined and false render nothing; arrays are joined. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let slots = slotsOf.get(strings);
  if (!slots) {
    slots = analyse(strings);
    slotsOf.set(strings, slots);
  }
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += renderIn(slots[i]!, values[i], strings[i]!) + strings[i + 1]!;
  return new Html(trusted, out);
}

/** The prop that puts the markup inside an element: `<ol dangerouslySetInnerHTML={inner(items)} />`. */
export function inner(markup: HtmlValue): { __html: string } {
  return { __html: render(markup) };
}
