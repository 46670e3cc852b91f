import {
  type AppName,
  createNonce,
  pageContentSecurityPolicy,
  resourceContentSecurityPolicy,
  setCommonSecurityHeaders,
} from "./security";

/** How long a client is asked to wait before trying again while the database does not answer. */
export const RETRY_AFTER_SECONDS = 30;

export const UNAVAILABLE_MESSAGE = "The database is not answering. Nothing has been lost; try again in a minute.";

const titles: Record<AppName, string> = { web: "Good Practices in Social Security", admin: "Good Practices · Admin" };

/**
 * The 503 a proxy answers while the database does not: a small, self-contained page for a browser
 * (it needs neither the database nor the app's render), JSON for everything else. Both ask the
 * client to come back (Retry-After) and are never cached.
 */
/** The 503 page's words, in the language of the address asked for (English by default). */
export interface UnavailableTexts {
  lang: string;
  heading: string;
  explanation: string;
  reassurance: string;
  again: string;
  /** The site's name in the header. */
  title?: string;
}

const englishTexts: UnavailableTexts = {
  lang: "en",
  heading: "Temporarily unavailable",
  explanation: "The database behind this site is not answering right now, so this page cannot be shown.",
  reassurance: "Nothing has been lost. This usually passes within a minute or two.",
  again: "Try again",
};

export function unavailableResponse(request: Request, app: AppName, texts: UnavailableTexts = englishTexts): Response {
  const url = new URL(request.url);
  const wantsPage =
    (request.method === "GET" || request.method === "HEAD") &&
    !url.pathname.startsWith("/api/") &&
    (request.headers.get("accept") ?? "").includes("text/html");
  const headers = new Headers({ "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" });
  setCommonSecurityHeaders(headers, app);
  if (!wantsPage) {
    headers.set("Content-Security-Policy", resourceContentSecurityPolicy);
    return Response.json({ error: UNAVAILABLE_MESSAGE }, { status: 503, headers });
  }
  const nonce = createNonce();
  headers.set("Content-Security-Policy", pageContentSecurityPolicy(nonce));
  headers.set("Content-Type", "text/html; charset=utf-8");
  // One leading slash: "//host" would be a link to another site.
  const again = `/${url.pathname.replace(/^\/+/, "")}${url.search}`;
  headers.set("Content-Language", texts.lang);
  return new Response(page(texts.title ?? titles[app], again, nonce, texts), { status: 503, headers });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// The colours and type of @gp/ui/styles.css, inlined: the stylesheet's hashed URL is the build's.
function page(title: string, path: string, nonce: string, texts: UnavailableTexts): string {
  return `<!doctype html>
<html lang="${escapeHtml(texts.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(texts.heading)} · ${escapeHtml(title)}</title>
<style nonce="${nonce}">
body{margin:0;background:#f7f6f2;color:#1d2327;font:1rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
header{background:#0d5c73;color:#fff;padding:1rem 1.5rem;font-weight:700}
main{max-width:40rem;margin:3rem auto;padding:2rem 1.5rem;background:#fff;border:1px solid #d8dcd9;border-radius:14px}
h1{margin:0 0 .75rem;font-size:1.75rem;line-height:1.2}
p{margin:0 0 1rem}
.muted{color:#56616a}
a{display:inline-block;padding:.5rem 1rem;border-radius:8px;background:#0d5c73;color:#fff;font-weight:600;text-decoration:none}
a:hover{background:#08445a}
a:focus-visible{outline:3px solid #f2a900;outline-offset:2px}
@media (max-width:40rem){main{margin:1.5rem 1rem;padding:1.5rem 1rem}}
</style>
</head>
<body>
<header>${escapeHtml(title)}</header>
<main>
<h1>${escapeHtml(texts.heading)}</h1>
<p>${escapeHtml(texts.explanation)}</p>
<p class="muted">${escapeHtml(texts.reassurance)}</p>
<p><a href="${escapeHtml(path)}">${escapeHtml(texts.again)}</a></p>
</main>
</body>
</html>
`;
}
