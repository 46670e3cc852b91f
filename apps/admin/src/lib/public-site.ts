import { env } from "@/env";

/** A practice's page on the public site, when its address is known. */
export function publicPracticeUrl(slug: string): string | null {
  const base = env().PUBLIC_SITE_URL;
  return base ? new URL(`/practices/${encodeURIComponent(slug)}`, base).toString() : null;
}
