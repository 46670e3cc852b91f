// Browsers drop tabs and line breaks from URLs before following them, so "/\t/evil.example" is
// "//evil.example" to them; any control character makes a value suspect, and a Location header
// cannot hold a line break at all.
// eslint-disable-next-line no-control-regex
const controlCharacter = /[\u0000-\u001f\u007f]/;

/**
 * The path (with query and fragment) that `value` leads to, if it stays on `origin`, the app's own
 * address; null otherwise. The value is resolved against the origin as a browser would resolve it,
 * so relative paths, protocol-relative "//host" and backslash variants are judged by where they
 * really lead, and an absolute URL counts only when it names this same origin.
 */
export function sameOriginPath(value: unknown, origin: string): string | null {
  if (typeof value !== "string" || value === "" || value.length > 2000 || controlCharacter.test(value)) return null;
  let base: URL;
  let url: URL;
  try {
    base = new URL(origin);
    url = new URL(value, base);
  } catch {
    return null;
  }
  if (url.origin !== base.origin) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Where to go after signing in: a path on this app only (never another site, nor sign-in itself), "/" by default. */
export function safeCallbackUrl(value: unknown, origin: string): string {
  const path = sameOriginPath(value, origin);
  if (path === null || path.startsWith("/sign-in")) return "/";
  return path;
}
