/** Where to go after signing in: a path on this app only (never another site), "/" by default. */
export function safeCallbackUrl(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\"))
    return "/";
  if (value.startsWith("/sign-in")) return "/";
  return value;
}
