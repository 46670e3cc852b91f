import { getReadDb } from "@gp/db/client";
import { routePractice } from "@gp/db/queries/public-practices";
import { type NextRequest, NextResponse } from "next/server";

/**
 * Status codes a page cannot set: a merged practice's URL answers 308 to its survivor, and a
 * withdrawn practice's answers 410 Gone (with a page saying so).
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const slug = decodeURIComponent(request.nextUrl.pathname.split("/")[2] ?? "");
  if (!slug || slug.length > 200) return NextResponse.next();
  try {
    const route = await routePractice(getReadDb(), slug);
    if (route.kind === "merged") return NextResponse.redirect(new URL(`/practices/${encodeURIComponent(route.survivorSlug)}`, request.url), 308);
    if (route.kind === "withdrawn") return NextResponse.rewrite(new URL(`/withdrawn/${encodeURIComponent(slug)}`, request.url), { status: 410 });
  } catch {
    // The page itself reports a database that does not answer.
  }
  return NextResponse.next();
}

export const config = { matcher: ["/practices/:slug"] };
