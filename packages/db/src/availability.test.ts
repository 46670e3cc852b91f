import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AvailabilityProbe, createDatabaseProbe } from "./availability";
import { freePort } from "./testing/servers";
import { createTestDatabase, type TestDatabase } from "./testing";

// Generous timeouts: a database that answers must never be judged down because this machine is busy.
const patient = { intervalMs: 1000, timeoutMs: 30_000 };

describe("the database availability probe", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  it("says yes for a database that answers", async () => {
    const probe = createDatabaseProbe(t.url, patient);
    try {
      expect(await probe.refresh()).toBe(true);
      expect(await probe.available()).toBe(true);
      // A second check reuses the connection.
      expect(await probe.refresh()).toBe(true);
    } finally {
      await probe.close();
    }
  });

  it("says no, once checked, for a port where nothing listens", async () => {
    const probe = createDatabaseProbe(t.url.replace(/:\d+\//, `:${await freePort()}/`), patient);
    // The first answer is the optimistic default while the check runs in the background.
    expect(await probe.available()).toBe(true);
    await expect.poll(() => probe.available(), { timeout: 5000 }).toBe(false);
    expect(await probe.refresh()).toBe(false);
  });

  it("says no for a server that accepts connections and never answers", async () => {
    const silent = net.createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = silent.address() as net.AddressInfo;
      // It never answers, so the verdict is the same whatever the timeout: a short one keeps the test short.
      const probe = createDatabaseProbe(t.url.replace(/:\d+\//, `:${port}/`), { intervalMs: 1000, timeoutMs: 100 });
      expect(await probe.refresh()).toBe(false);
      await probe.close();
    } finally {
      silent.close();
    }
  });

  it("checks at most once per interval, and comes back with the first request after recovery", async () => {
    let calls = 0;
    let up = false;
    let now = 0; // the probe's clock: time passes only when the test says so
    const probe = new AvailabilityProbe(
      async () => {
        calls++;
        if (!up) throw new Error("connection refused");
      },
      { intervalMs: 200, timeoutMs: 30_000 },
      undefined,
      () => now,
    );
    await probe.available(); // starts the first check
    await expect.poll(() => probe.available()).toBe(false);
    const afterFirst = calls;
    // Many requests within one interval share the verdict.
    for (let i = 0; i < 50; i++) expect(await probe.available()).toBe(false);
    expect(calls).toBe(afterFirst);
    // Down, a request that finds the verdict stale waits for the new check: the first one after
    // the database is back already gets through.
    up = true;
    now += 200;
    expect(await probe.available()).toBe(true);
    expect(calls).toBe(afterFirst + 1);
  });

  it("shares one check between the requests that arrive while it runs", async () => {
    let calls = 0;
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const probe = new AvailabilityProbe(
      async () => {
        calls++;
        await answered;
        throw new Error("down");
      },
      { intervalMs: 1000, timeoutMs: 30_000 },
      undefined,
      () => 0, // a clock that stands still: the verdict, once given, stands
    );
    await probe.available(); // starts the check
    for (let i = 0; i < 10; i++) await probe.available(); // requests that arrive while it runs
    answer();
    await expect.poll(() => probe.available()).toBe(false);
    expect(calls).toBe(1);
  });
});
