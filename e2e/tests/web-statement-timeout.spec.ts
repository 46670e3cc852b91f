import { expect, test } from "@playwright/test";
import { sql } from "drizzle-orm";
import { closeE2eDb, e2eDb } from "./web-helpers";

test.afterAll(closeE2eDb);

test("a request whose query runs past WEB_STATEMENT_TIMEOUT_MS is cancelled and answers 503 saying so", async ({
  request,
}) => {
  const [row] = await e2eDb().execute<{ slug: string }>(
    sql`select slug from practices where status = 'published' order by id limit 1`,
  );
  // While this transaction holds the table, the app's query waits until its statement timeout
  // (5 s by default) cancels it; without one it would wait as long as the lock is held.
  await e2eDb().transaction(async (tx) => {
    await tx.execute(sql`lock table practices in access exclusive mode`);
    const response = await request.get(`/api/practices/${row!.slug}`, { timeout: 60_000 });
    expect(response.status()).toBe(503);
    expect(response.headers()["retry-after"]).toBe("5");
    expect(await response.json()).toEqual({
      error: "The database took too long to answer. Please try again later, or narrow the search.",
    });
  });
  // The lock gone, the same request answers again.
  expect((await request.get(`/api/practices/${row!.slug}`)).status()).toBe(200);
});
