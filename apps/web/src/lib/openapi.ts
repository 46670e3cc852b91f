import { distinctionSlugs } from "@gp/db/domain";
import { MAX_PAGE, MAX_PAGE_SIZE, MAX_QUERY_LENGTH, sorts } from "@gp/db/search";

const slugList = (description: string, example: string) => ({
  in: "query",
  required: false,
  description: `${description} Repeat the parameter (or separate values with commas) for several: OR within a filter, AND across filters.`,
  schema: { type: "array", items: { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" } },
  style: "form",
  explode: true,
  example: [example],
});

const year = { type: "integer", minimum: 1900, maximum: 2200 };
const named = {
  type: "object",
  required: ["slug", "name"],
  properties: { slug: { type: "string" }, name: { type: "string" } },
};
const facetValue = {
  type: "object",
  required: ["slug", "name", "count"],
  properties: { slug: { type: "string" }, name: { type: "string" }, count: { type: "integer" } },
};
const yearCount = {
  type: "object",
  required: ["year", "count"],
  properties: { year: { type: "integer" }, count: { type: "integer" } },
};
const error = {
  type: "object",
  required: ["error"],
  properties: {
    error: { type: "string" },
    issues: {
      type: "array",
      items: {
        type: "object",
        required: ["param", "message"],
        properties: { param: { type: "string" }, message: { type: "string" } },
      },
    },
  },
};

/** The OpenAPI 3.1 description of the public API. */
export function openApiDocument(origin: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Good Practices in Social Security – open data API",
      version: "1.0.0",
      description:
        "Search and read the published practices. Free to use; no key needed. The same data as the site, always current.",
    },
    servers: [{ url: origin }],
    paths: {
      "/api/practices": {
        get: {
          operationId: "searchPractices",
          summary: "Search practices, with facet counts",
          description:
            "Takes the same parameters as the /practices page. Unknown parameters are ignored; an invalid value or an unknown slug answers 400 naming the parameter. Facet counts are disjunctive: each facet ignores its own selection.",
          parameters: [
            {
              name: "q",
              in: "query",
              description: 'Words in websearch syntax: "a phrase", -exclude, or.',
              schema: { type: "string", maxLength: MAX_QUERY_LENGTH },
            },
            {
              name: "topic",
              ...slugList("Topic slug; a topic includes its narrower topics.", "error-evasion-and-fraud"),
            },
            { name: "country", ...slugList("Country slug.", "paraguay") },
            { name: "region", ...slugList("ISSA region slug.", "americas") },
            { name: "institution", ...slugList("Institution slug.", "federal-pension-service") },
            { name: "implementedFrom", in: "query", description: "Implemented in or after this year.", schema: year },
            { name: "implementedTo", in: "query", description: "Implemented in or before this year.", schema: year },
            {
              name: "awardYear",
              in: "query",
              description: "Award year; repeat for several.",
              schema: { type: "array", items: year },
              style: "form",
              explode: true,
            },
            {
              name: "distinction",
              in: "query",
              description: "Award distinction; repeat for several.",
              schema: { type: "array", items: { type: "string", enum: [...distinctionSlugs] } },
              style: "form",
              explode: true,
            },
            {
              name: "sort",
              in: "query",
              description: "Default: relevance with q, newest-award without.",
              schema: { type: "string", enum: sorts.map((s) => s.value) },
            },
            { name: "page", in: "query", schema: { type: "integer", minimum: 1, maximum: MAX_PAGE, default: 1 } },
            {
              name: "pageSize",
              in: "query",
              schema: { type: "integer", minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 },
            },
          ],
          responses: {
            "200": {
              description: "A page of matching practices and the facet counts.",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    required: ["total", "page", "pageSize", "items", "facets"],
                    properties: {
                      total: { type: "integer" },
                      page: { type: "integer" },
                      pageSize: { type: "integer" },
                      items: { type: "array", items: { $ref: "#/components/schemas/PracticeSummary" } },
                      facets: {
                        type: "object",
                        required: ["topic", "country", "region", "implementationYear", "awardYear"],
                        properties: {
                          topic: { type: "array", items: facetValue },
                          country: { type: "array", items: facetValue },
                          region: { type: "array", items: facetValue },
                          implementationYear: { type: "array", items: yearCount },
                          awardYear: { type: "array", items: yearCount },
                        },
                      },
                    },
                  },
                },
              },
            },
            "400": {
              description: "An invalid parameter value or an unknown slug.",
              content: { "application/json": { schema: error } },
            },
          },
        },
      },
      "/api/practices/{slug}": {
        get: {
          operationId: "getPractice",
          summary: "One practice",
          parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string" } }],
          responses: {
            "200": {
              description: "The practice.",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Practice" } } },
            },
            "308": { description: "The practice was merged into another; Location is the survivor." },
            "404": { description: "No such published practice.", content: { "application/json": { schema: error } } },
            "410": { description: "The practice was withdrawn.", content: { "application/json": { schema: error } } },
          },
        },
      },
    },
    components: {
      schemas: {
        PracticeSummary: {
          type: "object",
          required: ["slug", "url", "title", "titleDerived", "snippet", "institution", "country", "region", "topics"],
          properties: {
            slug: { type: "string" },
            url: { type: "string", format: "uri" },
            title: { type: "string" },
            titleDerived: {
              type: "boolean",
              description: "True when the practice has no title yet and this one was taken from the summary.",
            },
            snippet: { type: "string", description: "The passage that matched q (or the start of the summary)." },
            snippetHtml: { type: "string", description: "The snippet as HTML, matched words in <mark>." },
            institution: {
              type: "object",
              properties: { slug: { type: "string" }, name: { type: "string" }, acronym: { type: ["string", "null"] } },
            },
            country: {
              type: "object",
              properties: { slug: { type: "string" }, name: { type: "string" }, code: { type: "string" } },
            },
            region: named,
            implementationYear: { type: ["integer", "null"] },
            awardYear: { type: ["integer", "null"] },
            awardDistinction: { type: ["string", "null"] },
            topics: { type: "array", items: named },
          },
        },
        Practice: {
          allOf: [
            { $ref: "#/components/schemas/PracticeSummary" },
            {
              type: "object",
              properties: {
                summary: { type: "string" },
                language: { type: ["string", "null"] },
                curatedAt: { type: ["string", "null"], format: "date-time" },
                createdAt: { type: "string", format: "date-time" },
                updatedAt: { type: "string", format: "date-time" },
                sources: {
                  type: "array",
                  description: "Provenance: the ISSA exports this practice came from.",
                  items: {
                    type: "object",
                    properties: {
                      fileName: { type: "string" },
                      sha256: { type: "string" },
                      importedAt: { type: "string", format: "date-time" },
                      line: { type: "integer" },
                    },
                  },
                },
              },
            },
          ],
        },
      },
    },
  };
}
