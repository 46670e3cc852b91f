// The public site's production server (`npm start -w @gp/web`, which `npm start` and the end-to-end
// tests run): Next.js's request handler in WEB_WORKERS processes that share the port (Node's
// cluster), because one Node.js process uses one core and a search is CPU work. A few addresses
// (src/lib/direct-routes.ts) are answered by their route handler without Next.js's pipeline.
// Measured at 100k practices, in apps/web/README.md ("Serving").
import cluster from "node:cluster";
import path from "node:path";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { promisify } from "node:util";
import { setFlagsFromString } from "node:v8";
import { gzip } from "node:zlib";
import { webEnv } from "./env.ts";
import { DIRECT_ROUTES, type DirectRoute } from "./lib/direct-routes-key.ts";

const port = webEnv.PORT;
const compress = promisify(gzip);

if (cluster.isPrimary && webEnv.WEB_WORKERS > 1) {
  let stopping = false;
  for (let i = 0; i < webEnv.WEB_WORKERS; i++) cluster.fork();
  // A worker that dies takes the site down with it, as `next start` would: whoever started the
  // server (npm start, a process manager) sees the exit instead of a site at half strength.
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    console.error(`Web worker ${worker.process.pid} exited (${signal ?? `code ${code}`}); stopping.`);
    stop(1);
  });
  const stop = (code: number) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
    cluster.disconnect(() => process.exit(code));
  };
  process.once("SIGTERM", () => stop(0));
  process.once("SIGINT", () => stop(0));
} else {
  await serve();
}

async function serve(): Promise<void> {
  // Every serving process (each worker, or the only one) collects its heap before it grows by more
  // than this share of what it keeps (see WEB_HEAP_GROWING_PERCENT in env.ts). V8 reads the flag
  // whenever it sets the next collection's limit, so setting it here, before any load, is enough.
  if (webEnv.WEB_HEAP_GROWING_PERCENT > 0)
    setFlagsFromString(`--heap-growing-percent=${webEnv.WEB_HEAP_GROWING_PERCENT}`);
  // Imported here, so that the primary process of several workers does not load Next.js at all.
  const { default: next } = await import("next");
  // The app's directory: this file is src/server.ts, and its build dist/server.js.
  const app = next({ dev: false, dir: path.resolve(import.meta.dirname, ".."), port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((request, response) => {
    const direct = request.method === "GET" ? directRoute(request.url ?? "/") : undefined;
    void (direct ? answer(direct, request, response) : handle(request, response));
  });
  // Exits at once (the default for SIGTERM, and --cpu-prof writes its profile on such an exit).
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => process.exit(0));
  // A port in use (or any other failure to listen) stops the server: Next.js's handler of uncaught
  // exceptions would only log it, and leave a process that serves nothing running.
  server.on("error", (error) => {
    console.error(`The public site cannot listen on port ${port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, () => {
    if (cluster.isPrimary || cluster.worker?.id === 1)
      console.log(`The public site is ready on http://localhost:${port} (${webEnv.WEB_WORKERS} worker processes).`);
  });
}

/** The direct route for a request's path, once instrumentation has registered them. */
function directRoute(url: string): DirectRoute | undefined {
  const routes = (globalThis as { [DIRECT_ROUTES]?: ReadonlyMap<string, DirectRoute> })[DIRECT_ROUTES];
  const query = url.indexOf("?");
  return routes?.get(query < 0 ? url : url.slice(0, query));
}

/**
 * Writes a route handler's Response, gzipped when the client accepts it, as Next.js does, but at level 1:
 * on an API answer of 40 KB, 8.3 KB against 7.3 KB at level 6, for half its CPU (0.4 ms against 0.85).
 */
async function answer(route: DirectRoute, request: IncomingMessage, response: ServerResponse): Promise<void> {
  try {
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers))
      if (typeof value === "string") headers.set(name, value);
    const answered = await route(new Request(new URL(request.url ?? "/", webEnv.PUBLIC_SITE_URL), { headers }));
    let body = Buffer.from(await answered.arrayBuffer());
    const out = Object.fromEntries(answered.headers);
    out.vary = "Accept-Encoding";
    if (body.length > 1024 && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "")) {
      body = await compress(body, { level: 1 });
      out["content-encoding"] = "gzip";
    }
    response.writeHead(answered.status, { ...out, "content-length": body.length }).end(body);
  } catch (error) {
    // The route handlers map their own errors; this is a failure to write the answer.
    console.error(error);
    if (!response.headersSent) response.writeHead(500, { "content-type": "application/json" });
    response.end(JSON.stringify({ error: "Something went wrong on our side. Please try again later." }));
  }
}
