import { databaseProbe } from "@gp/db/availability";
import { getReadDb } from "@gp/db/client";
import { routePractice } from "@gp/db/practices";
import { nextResource, pageRequestHeaders } from "@gp/ui/proxy-csp";
import { malformedPathResponse } from "@gp/ui/security";
import { unavailableResponse } from "@gp/ui/unavailable";
import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { homeDecision } from "@/i18n/negotiate";
import { localePath, splitLocale } from "@/i18n/paths";
import { type Locale, LOCALE_COOKIE, routing } from "@/i18n/routing";
import { unavailableTexts } from "@/i18n/unavailable";
import { siteOrigin } from "@/lib/site";

const i18nRouting = createMiddleware(routing);

/**
 * In front of every request but the build's static files:
 * - while the database does not answer, a calm 503 (a page in the address's language, or JSON for
 *   the API) instead of an error; the probe behind it asks the database at most once a second;
 * - the Content-Security-Policy: a fresh nonce for each page, which Next.js puts on its scripts;
 *   nothing at all for the API and files;
 * - languages: `/fr/…`, `/de/…`, `/es/…` are served by the app's [locale] pages, and an unprefixed
 *   address by its English one (next-intl's routing); only `/` negotiates (see i18n/negotiate.ts),
 *   and the cookie remembers the language of the last prefixed page (the switcher's English links
 *   go through `/en/…`, which remembers English and redirects to the unprefixed address);
 * - status codes a page cannot set: a merged practice's URL answers 308 to its survivor (in the
 *   same language), and a withdrawn practice's answers 410 Gone (with a page saying so).
 */
export async function proxy(request: NextRequest): Promise<NextResponse | Response> {
  const { pathname } = request.nextUrl;
  const malformed = malformedPathResponse(pathname, "web");
  if (malformed) return malformed;
  const { locale, rest } = splitLocale(pathname);
  // The health check asks the database itself, so it tells the truth at once.
  if (pathname !== "/api/health" && !(await databaseProbe("read").available()))
    return unavailableResponse(request, "web", unavailableTexts(locale ?? "en"));

  if (isResource(pathname)) return nextResource();

  const { headers, csp } = pageRequestHeaders(request);
  const response = (await languageRoute(request, locale, rest)) ?? (await pageRoute(request, headers, locale, rest));
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

/** The API, and files such as /feed.xml, /fr/feed.xml or /download/practices.csv (pages have no dot). */
function isResource(pathname: string): boolean {
  return pathname.startsWith("/api/") || pathname.slice(pathname.lastIndexOf("/")).includes(".");
}

/** A redirect to an address of this site: the configured origin, never the Host the request named. */
function redirectTo(path: string, search: string, status: 307 | 308): NextResponse {
  const response = NextResponse.redirect(new URL(`${path}${search}`, siteOrigin()), status);
  response.headers.set("Cache-Control", "no-store");
  return response;
}

function remember(response: NextResponse, locale: Locale): NextResponse {
  response.cookies.set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600 });
  return response;
}

/** A navigation by the reader (not a prefetch or a background request of the router). */
function isDocument(request: NextRequest): boolean {
  const dest = request.headers.get("sec-fetch-dest");
  return dest === null || dest === "document";
}

/** `/` negotiates; `/en/…` remembers English and goes to the unprefixed address. */
async function languageRoute(request: NextRequest, locale: Locale | null, rest: string): Promise<NextResponse | null> {
  const { search } = request.nextUrl;
  if (locale === "en") {
    const response = redirectTo(rest, search, 307);
    return isDocument(request) ? remember(response, "en") : response;
  }
  if (request.nextUrl.pathname !== "/" || !isDocument(request)) return null;
  const decision = homeDecision(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get("accept-language"));
  if (decision.locale === "en") return null; // Served below; remembered there.
  const response = redirectTo(localePath(decision.locale, "/"), search, 307);
  return decision.remember ? remember(response, decision.locale) : response;
}

async function pageRoute(
  request: NextRequest,
  headers: Headers,
  locale: Locale | null,
  rest: string,
): Promise<NextResponse> {
  const practice = await routePracticeUrl(request, headers, locale ?? "en", rest);
  if (practice) return practice;
  const response = i18nRouting(new NextRequest(request, { headers }));
  if (isDocument(request)) {
    const remembered = request.cookies.get(LOCALE_COOKIE)?.value;
    // A prefixed page remembers its language; the home page remembers English once negotiated.
    if (locale && remembered !== locale) remember(response, locale);
    else if (!locale && request.nextUrl.pathname === "/" && !remembered) remember(response, "en");
  }
  return response;
}

async function routePracticeUrl(
  request: NextRequest,
  headers: Headers,
  locale: Locale,
  rest: string,
): Promise<NextResponse | null> {
  const match = /^\/practices\/([^/]+)$/.exec(rest);
  if (!match) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(match[1]!);
  } catch {
    return null; // A malformed escape: the page answers 404.
  }
  if (slug.length > 200) return null;
  try {
    const route = await routePractice(getReadDb(), slug);
    if (route.kind === "merged")
      // Not kept by caches: an editor may undo the merge.
      return redirectTo(localePath(locale, `/practices/${encodeURIComponent(route.survivorSlug)}`), "", 308);
    if (route.kind === "withdrawn") {
      headers.set("X-NEXT-INTL-LOCALE", locale);
      return NextResponse.rewrite(new URL(`/${locale}/withdrawn/${encodeURIComponent(slug)}`, request.url), {
        status: 410,
        request: { headers },
      });
    }
  } catch {
    // The page itself reports a database that does not answer.
  }
  return null;
}

export const config = { matcher: ["/((?!_next/static/|_next/image|favicon\\.).*)"] };
