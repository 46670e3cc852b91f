import { once } from "node:events";
import { createServer } from "node:net";
import { freePort, serveApp } from "@gp/db/testing/servers";
import { expect, test } from "@playwright/test";

// The public site's production server (apps/web/src/server.ts) with its port already taken: it must
// stop and say so, not keep running without serving (Next.js's handler only logs uncaught errors).
test("the public site's server exits with code 1 when its port is in use", async () => {
  test.setTimeout(120_000);
  const port = await freePort();
  const taken = createServer().listen(port);
  await once(taken, "listening");
  try {
    const env = {
      DATABASE_URL: process.env.E2E_DATABASE_URL!,
      PUBLIC_SITE_URL: `http://127.0.0.1:${port}`,
      WEB_WORKERS: "2",
    };
    const web = serveApp({ app: "web", port, mode: "start", env, output: "pipe" });
    let output = "";
    web.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const [code] = await once(web, "exit");
    expect(output).toContain(`The public site cannot listen on port ${port}`);
    expect(code).toBe(1);
  } finally {
    taken.close();
  }
});
