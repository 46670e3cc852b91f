// The JSON Schemas (2020-12, as OpenAPI 3.1 uses) of the API's answers. They are closed
// (no undocumented property passes), so the end-to-end check of live answers against them
// (e2e/tests/web-openapi.spec.ts) catches any drift between the API and its document.

const text = { type: "string" };
const nullable = (type: string, extra: Record<string, unknown> = {}) => ({ type: [type, "null"], ...extra });
const closed = (properties: Record<string, unknown>, required = Object.keys(properties)) => ({
  type: "object",
  required,
  properties,
  additionalProperties: false,
});

const named = closed({ slug: text, name: text });
/** ISSA's four working languages: the API's `lang`, and the language each text is in. */
export const languageSchema = { type: "string", enum: ["en", "fr", "de", "es"] };
const facetValue = closed({ slug: text, name: text, count: { type: "integer", minimum: 1 } });
const yearCount = closed({ year: { type: "integer" }, count: { type: "integer", minimum: 0 } });

export const errorSchema = closed(
  {
    error: text,
    issues: { type: "array", items: closed({ param: text, message: text }) },
  },
  ["error"],
);

export const searchAnswerSchema = closed(
  {
    total: { type: "integer", minimum: 0 },
    page: { type: "integer", minimum: 1 },
    pageSize: { type: "integer", minimum: 1 },
    correction: {
      ...closed({ from: text, to: text }),
      description:
        "Set when q found nothing and its spelling correction did (typo tolerance, as the search page's \"did you mean\"): the results are the corrected query's.",
    },
    items: { type: "array", items: { $ref: "#/components/schemas/PracticeSummary" } },
    facets: closed({
      topic: { type: "array", items: facetValue },
      country: { type: "array", items: facetValue },
      region: { type: "array", items: facetValue },
      implementationYear: { type: "array", items: yearCount },
      awardYear: { type: "array", items: yearCount },
    }),
  },
  ["total", "page", "pageSize", "items", "facets"],
);

/** What a practice has in lists and on its own: PracticeSummary and Practice add to it. */
const practiceFields = {
  type: "object",
  required: [
    "slug",
    "url",
    "title",
    "titleDerived",
    "institution",
    "country",
    "region",
    "implementationYear",
    "awardYear",
    "awardDistinction",
  ],
  properties: {
    slug: text,
    url: { type: "string", format: "uri", description: "The practice's page on the site." },
    title: text,
    titleDerived: {
      type: "boolean",
      description: "True when the practice has no title yet and this one was taken from the summary.",
    },
    institution: closed({ slug: text, name: text, acronym: nullable("string") }),
    country: closed({ slug: text, name: text, code: { type: "string", pattern: "^[A-Z]{2}$" } }),
    region: named,
    implementationYear: nullable("integer"),
    awardYear: nullable("integer"),
    awardDistinction: nullable("string"),
  },
};

export const componentSchemas = {
  PracticeFields: practiceFields,
  PracticeSummary: {
    description: "A practice in a list of search results.",
    type: "object",
    allOf: [{ $ref: "#/components/schemas/PracticeFields" }],
    required: ["language", "snippet", "snippetHtml", "topics"],
    properties: {
      language: {
        ...languageSchema,
        description:
          "The language of title and snippet: lang's when the practice has a published translation into it (or was written in it), otherwise its original's.",
      },
      snippet: { type: "string", description: "The passage that matched q (or the start of the summary)." },
      snippetHtml: { type: "string", description: "The snippet as HTML, matched words in <mark>." },
      topics: { type: "array", items: named },
    },
    unevaluatedProperties: false,
  },
  Practice: {
    description: "One practice in full. It has no snippet: the whole summary is there.",
    type: "object",
    allOf: [{ $ref: "#/components/schemas/PracticeFields" }],
    required: ["summary", "language", "originalLanguage", "topics", "curatedAt", "createdAt", "updatedAt", "sources"],
    properties: {
      summary: text,
      language: {
        ...languageSchema,
        description:
          "The language of title and summary: lang's when the practice has a published translation into it (or was written in it), otherwise its original's.",
      },
      originalLanguage: {
        ...languageSchema,
        description: "The language the practice was written in (English when the source does not say).",
      },
      topics: {
        type: "array",
        description: "The practice's topics, each with its broader topic (or null at the top level).",
        items: closed({ slug: text, name: text, parent: { oneOf: [named, { type: "null" }] } }),
      },
      curatedAt: nullable("string", { format: "date-time" }),
      createdAt: { type: "string", format: "date-time" },
      updatedAt: { type: "string", format: "date-time" },
      sources: {
        type: "array",
        description: "Provenance: the ISSA exports this practice came from.",
        items: closed({
          fileName: text,
          sha256: { type: "string", pattern: "^[0-9a-f]{64}$" },
          importedAt: { type: "string", format: "date-time" },
          line: { type: "integer", minimum: 0 },
        }),
      },
    },
    unevaluatedProperties: false,
  },
};
