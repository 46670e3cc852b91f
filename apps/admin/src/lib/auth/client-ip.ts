/**
 * The client's address for the per-IP sign-in limit: the last X-Forwarded-For entry, i.e. the
 * address the nearest proxy saw (Next.js fills the header with the socket address when no proxy
 * set it). Without a proxy in front, a client can choose this value; the per-email limit holds anyway.
 */
export function clientIp(forwardedFor: string | undefined): string {
  const last = forwardedFor
    ?.split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .at(-1);
  return last && last.length <= 100 ? last : "unknown";
}
