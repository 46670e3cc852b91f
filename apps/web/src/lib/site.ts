import { webEnv } from "@/env";

export const siteName = "Good Practices in Social Security";

/** The site's origin for absolute links: PUBLIC_SITE_URL, whatever host the request names. */
export function siteOrigin(): string {
  return webEnv.PUBLIC_SITE_URL;
}
