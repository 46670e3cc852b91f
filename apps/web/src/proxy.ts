import { databaseProbe } from "@gp/db/availability";
import { getReadDb } from "@gp/db/client";
import { routePractice } from "@gp/db/practices";
import { nextResource, pageRequestHeaders } from "@gp/ui/proxy-csp";
import { malformedPathResponse } from "@gp/ui/security";
import { unavailableResponse } from "@gp/ui/unavailable";
import { type NextRequest, NextResponse } from "next/server";
import { siteOrigin } from "@/lib/site";

/**
 * In front of every request but the build's static files:
 * - while the database does not answer, a calm 503 (a page, or JSON for the API) instead of an
 *   error; the probe behind it asks the database at most once a second (see @gp/db/availability);
 * - the Content-Security-Policy: a fresh nonce for each page, which Next.js puts on its scripts;
 *   nothing at all for the API and files;
 * - status codes a page cannot set: a merged practice's URL answers 308 to its survivor, and a
 *   withdrawn practice's answers 410 Gone (with a page saying so).
 */
export async function proxy(request: NextRequest): Promise<NextResponse | Response> {
  const { pathname } = request.nextUrl;
  const malformed = malformedPathResponse(pathname, "web");
  if (malformed) return malformed;
  // The health check asks the database itself, so it tells the truth at once.
  if (pathname !== "/api/health" && !(await databaseProbe("read").available()))
    return unavailableResponse(request, "web");

  if (isResource(pathname)) return nextResource();

  const { headers, csp } = pageRequestHeaders(request);
  const response = (await routePracticeUrl(request, headers)) ?? NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

/** The API, and files such as /feed.xml, /robots.txt or /download/practices.csv (pages have no dot). */
function isResource(pathname: string): boolean {
  return pathname.startsWith("/api/") || pathname.slice(pathname.lastIndexOf("/")).includes(".");
}

async function routePracticeUrl(request: NextRequest, headers: Headers): Promise<NextResponse | null> {
  const match = /^\/practices\/([^/]+)$/.exec(request.nextUrl.pathname);
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
    if (route.kind === "merged") {
      // To the configured address (never the Host the request named), and not kept by caches: an
      // editor may undo the merge.
      const response = NextResponse.redirect(
        new URL(`/practices/${encodeURIComponent(route.survivorSlug)}`, siteOrigin()),
        308,
      );
      response.headers.set("Cache-Control", "no-store");
      return response;
    }
    if (route.kind === "withdrawn")
      return NextResponse.rewrite(new URL(`/withdrawn/${encodeURIComponent(slug)}`, request.url), {
        status: 410,
        request: { headers },
      });
  } catch {
    // The page itself reports a database that does not answer.
  }
  return null;
}

export const config = { matcher: ["/((?!_next/static/|_next/image|favicon\\.).*)"] };
