import { distinctionSlugs } from "@gp/db/domain";
import { MAX_PAGE, MAX_PAGE_SIZE, MAX_QUERY_LENGTH, sorts } from "@gp/db/search";
import type { DataLicense } from "./license";
import { componentSchemas, errorSchema as error, languageSchema, searchAnswerSchema } from "./openapi-schemas";

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
const lang = {
  name: "lang",
  in: "query",
  required: false,
  description:
    "The language wanted: titles, summaries and snippets come in it where a published translation exists, otherwise in the practice's original language (each answer says which); q is searched with that language's stemming, over the translations in it and the originals of practices without one. Facet names are given in it where translated. Default en.",
  schema: { ...languageSchema, default: "en" },
};
const contentLanguage = {
  "Content-Language": { required: true, description: "The lang asked for.", schema: languageSchema },
};
const errorAnswer = (description: string) => ({ description, content: { "application/json": { schema: error } } });
const unavailable = {
  description:
    "The database did not answer, or took too long for this request. Nothing is wrong with the request: try again after Retry-After seconds.",
  headers: { "Retry-After": { required: true, schema: { type: "integer", minimum: 1 } } },
  content: { "application/json": { schema: error } },
};

/** The OpenAPI 3.1 description of the public API; the data's licence comes from the settings. */
export function openApiDocument(origin: string, license: DataLicense) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Good Practices in Social Security – open data API",
      version: "1.0.0",
      description:
        "Search and read the published practices. No key needed. The same data as the site, always current. The data's licence is below (and in the downloads' headers).",
      license: license.url ? { name: license.name, url: license.url } : { name: license.name },
    },
    servers: [{ url: origin }],
    // A public API: no operation needs credentials.
    security: [],
    paths: {
      "/api/practices": {
        get: {
          operationId: "searchPractices",
          summary: "Search practices, with facet counts",
          description:
            "Takes the same parameters as the /practices page. Unknown parameters are ignored; an invalid value or an unknown slug answers 400 naming the parameter. Facet counts are disjunctive: each facet ignores its own selection. The page's own `more` parameter (which of its long lists it shows in full) has no meaning here and is ignored: the answer is the same with or without it.",
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
            lang,
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
              headers: contentLanguage,
              content: { "application/json": { schema: searchAnswerSchema } },
            },
            "400": errorAnswer("An invalid parameter value or an unknown slug; `issues` names each parameter."),
            "503": unavailable,
          },
        },
      },
      "/api/practices/{slug}": {
        get: {
          operationId: "getPractice",
          summary: "One practice",
          parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string" } }, lang],
          responses: {
            "200": {
              description: "The practice.",
              headers: contentLanguage,
              content: { "application/json": { schema: { $ref: "#/components/schemas/Practice" } } },
            },
            "308": {
              description: "The practice was merged into another; Location is the survivor's address in the API.",
              headers: { Location: { required: true, schema: { type: "string", format: "uri" } } },
            },
            "400": errorAnswer("The path has a malformed percent-escape, or lang is not one of en, fr, de, es."),
            "404": errorAnswer("No such published practice."),
            "410": errorAnswer("The practice was withdrawn."),
            "503": unavailable,
          },
        },
      },
    },
    components: { schemas: componentSchemas },
  };
}
