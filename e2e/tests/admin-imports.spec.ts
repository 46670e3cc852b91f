import http from "node:http";
import path from "node:path";
import { repoRoot } from "@gp/db/paths";
import { expect, type Page, test } from "@playwright/test";
import { sql } from "drizzle-orm";
import { adminUrl } from "../src/env";
import { adminDb, closeAdminDb, formStatus } from "./admin-helpers";

test.afterAll(closeAdminDb);

const seed = path.join(repoRoot, "packages/ingest/seeds/000_d035195890cc90f6.txt");
const counts = (page: Page, label: string) =>
  page
    .getByRole("list", { name: "Counts" })
    .getByRole("listitem")
    .filter({ hasText: new RegExp(`^\\d+${label}$`) })
    .locator(".gp-stat__value");

test("an upload shows its dry-run report first; applying it records a batch with who ran it", async ({ page }) => {
  const [before] = await adminDb().execute<{ batches: number; practices: number }>(
    sql`select (select count(*)::int from import_batches) as batches, (select count(*)::int from practices) as practices`,
  );
  await page.goto(`${adminUrl}/imports`);
  await page.getByLabel("File").setInputFiles(seed);
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Preview of 000_d035195890cc90f6.txt");
  await expect(page.getByText("This is a dry run: nothing has been written yet.", { exact: false })).toBeVisible();
  await expect(counts(page, "Records")).toHaveText("91");
  await expect(counts(page, "Repeated in the file")).toHaveText("10");
  await expect(counts(page, "Added")).toHaveText("0");
  await expect(counts(page, "Errors")).toHaveText("0");
  // Nothing written by the preview.
  const [during] = await adminDb().execute<{ batches: number }>(
    sql`select count(*)::int as batches from import_batches`,
  );
  expect(during!.batches).toBe(before!.batches);

  await page.getByRole("button", { name: "Apply this import" }).click();
  await expect(page).toHaveURL(/\/imports\?applied=\d+/);
  await expect(formStatus(page)).toContainText("Import applied");
  const latest = page
    .getByRole("table", { name: /Past imports/ })
    .getByRole("row")
    .nth(1);
  await expect(latest).toContainText("admin@e2e.test");
  await expect(latest).toContainText("000_d035195890cc90f6.txt");
  const [after] = await adminDb().execute<{ batches: number; practices: number; pending: number }>(sql`
    select (select count(*)::int from import_batches) as batches, (select count(*)::int from practices) as practices, (select count(*)::int from pending_imports) as pending`);
  expect(after).toEqual({ batches: before!.batches + 1, practices: before!.practices, pending: 0 });
});

test("a malformed file's preview lists its errors with their lines, and cannot be applied", async ({ page }) => {
  await page.goto(`${adminUrl}/imports`);
  const csv =
    "institution,country,region,implementationYear,awardYear,awardDistinction,title,summary,topics\nSome Fund,Belgium,Europe,20x1,,,A title,A summary,\n";
  await page.getByLabel("File").setInputFiles({ name: "broken.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Preview of broken.csv");
  const errors = page.getByRole("region", { name: /error/ });
  await expect(errors).toContainText("line 2");
  await expect(errors).toContainText("implementationYear");
  await expect(page.getByRole("button", { name: "Apply this import" })).toHaveCount(0);
  await page.getByRole("button", { name: "Discard" }).click();
  await expect(page).toHaveURL(`${adminUrl}/imports`);
});

test("a file over the size limit is refused with a clear message, in the browser and on the server", async ({
  page,
}) => {
  const big = Buffer.alloc(10 * 1024 * 1024 + 1, "a");
  await page.goto(`${adminUrl}/imports`);
  await page.getByLabel("File").setInputFiles({ name: "huge.txt", mimeType: "text/plain", buffer: big });
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.locator("#file-error")).toHaveText(/larger than 10 MB, the upload limit/);

  // Posted without the page's check: the server refuses it before reading it.
  const response = await page.request.post(`${adminUrl}/api/imports`, {
    multipart: { file: { name: "huge.txt", mimeType: "text/plain", buffer: big } },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(303);
  expect(response.headers().location).toMatch(/\/imports\?error=too-large$/);
  await page.goto(response.headers().location!);
  await expect(page.locator("#file-error")).toHaveText(/larger than 10 MB, the upload limit/);
});

test("a 1 GB upload is refused as too large from its declared size, without the server reading it", async ({
  page,
}) => {
  const cookie = (await page.context().cookies(adminUrl)).map((c) => `${c.name}=${c.value}`).join("; ");
  const gigabyte = 1024 * 1024 * 1024;
  const chunk = Buffer.alloc(1024 * 1024, "a");
  // Streams the body as a client would and stops at the answer: the server must answer from the
  // declared length; if it read the body, it would have to wait for a gigabyte that never comes.
  const answer = await new Promise<{ status: number; location: string | undefined; sent: number }>(
    (resolve, reject) => {
      let sent = 0;
      const request = http.request(`${adminUrl}/api/imports`, {
        method: "POST",
        headers: {
          cookie,
          origin: adminUrl,
          "content-type": "multipart/form-data; boundary=gp",
          "content-length": String(gigabyte),
        },
      });
      request.on("response", (response) => {
        resolve({ status: response.statusCode ?? 0, location: response.headers.location, sent });
        response.resume();
        request.destroy();
      });
      request.on("error", (error) => (sent >= gigabyte ? reject(error) : undefined));
      const write = () => {
        // At most 64 MB: enough to show the server did not wait for the whole body.
        while (sent < 64 * chunk.length) {
          sent += chunk.length;
          if (!request.write(chunk)) return void request.once("drain", write);
        }
      };
      request.write('--gp\r\ncontent-disposition: form-data; name="file"; filename="huge.txt"\r\n\r\n');
      write();
    },
  );
  expect(answer.status).toBe(303);
  expect(answer.location).toMatch(/\/imports\?error=too-large$/);
  expect(answer.sent).toBeLessThan(gigabyte);
});

test("a chunked upload that declares no length is refused once it passes the limit, not read to its end", async ({
  page,
}) => {
  const cookie = (await page.context().cookies(adminUrl)).map((c) => `${c.name}=${c.value}`).join("; ");
  const chunk = Buffer.alloc(1024 * 1024, "a");
  // Sends 32 MB with Transfer-Encoding: chunked, then waits, never ending the body: only a server
  // that counts the bytes as they arrive can answer; one that buffers the body first never would.
  const answer = await new Promise<{ status: number; location: string | undefined; headers: string[] }>(
    (resolve, reject) => {
      let sent = 0;
      const request = http.request(`${adminUrl}/api/imports`, {
        method: "POST",
        headers: { cookie, origin: adminUrl, "content-type": "multipart/form-data; boundary=gp" },
      });
      request.on("response", (response) => {
        resolve({
          status: response.statusCode ?? 0,
          location: response.headers.location,
          headers: request.getRawHeaderNames(),
        });
        response.resume();
        request.destroy();
      });
      request.on("error", (error) => (sent < 32 * chunk.length ? reject(error) : undefined));
      const write = () => {
        while (sent < 32 * chunk.length) {
          sent += chunk.length;
          if (!request.write(chunk)) return void request.once("drain", write);
        }
      };
      request.write('--gp\r\ncontent-disposition: form-data; name="file"; filename="endless.txt"\r\n\r\n');
      write();
    },
  );
  expect(answer.headers.map((h) => h.toLowerCase())).not.toContain("content-length");
  expect(answer.status).toBe(303);
  expect(answer.location).toMatch(/\/imports\?error=too-large$/);
});
