import path from "node:path";
import { repoRoot } from "@gp/db/paths";
import { expect, type Page, test } from "@playwright/test";
import { sql } from "drizzle-orm";
import { adminUrl } from "../src/env";
import { adminDb, closeAdminDb, formStatus } from "./admin-helpers";

test.afterAll(closeAdminDb);

const seed = path.join(repoRoot, "packages/ingest/seeds/000_d035195890cc90f6.txt");

async function topicIdsTagged(name: string): Promise<number[]> {
  const rows = await adminDb().execute<{ id: number }>(sql`
    select p.id from practices p join topics t on p.topic_ids @> array[t.id] where t.name = ${name} and p.status <> 'merged' order by p.id`);
  return rows.map((r) => r.id);
}

/** A topic's own row (its name, count, aliases and edit panel; its subtopics are outside it). */
function topicRow(page: Page, name: string) {
  return page
    .locator(".gp-topic__row")
    .filter({ has: page.locator(".gp-topic__name", { hasText: new RegExp(`^${name}$`) }) });
}

/** Opens a topic's edit panel on the topics page. */
async function editTopic(page: Page, name: string) {
  const row = topicRow(page, name);
  await row.locator("summary").click();
  return row.locator(".gp-topic__panel");
}

test("the topics page shows the tree with counts", async ({ page }) => {
  await page.goto(`${adminUrl}/topics`);
  const ict = page
    .locator(".gp-tree > .gp-topic")
    .filter({ has: page.locator(".gp-topic__name", { hasText: /^Information and communication technology$/ }) });
  const eServices = (await topicIdsTagged("E-services")).length;
  await expect(
    ict
      .locator(".gp-topic")
      .filter({ has: page.locator(".gp-topic__name", { hasText: /^E-services$/ }) })
      .getByRole("link", { name: `${eServices} practices tagged E-services` }),
  ).toBeVisible();
});

test("renaming a topic keeps its old name as an alias", async ({ page }) => {
  await page.goto(`${adminUrl}/topics`);
  const panel = await editTopic(page, "Coordination");
  await panel.getByLabel("New name").fill("Coordination of benefits");
  await panel.getByRole("button", { name: "Rename" }).click();
  await expect(page.getByText("Renamed to “Coordination of benefits”; the old name stays as an alias.")).toBeVisible();
  await page.reload();
  await expect(topicRow(page, "Coordination of benefits").locator(".gp-topic__aliases")).toHaveText(
    "also: Coordination",
  );
});

test("merging topic A into B re-tags its practices, and re-importing the seed does not bring A back", async ({
  page,
}) => {
  const before = { a: await topicIdsTagged("Multi-channel"), b: await topicIdsTagged("E-services") };
  expect(before.a.length).toBeGreaterThan(0);
  await page.goto(`${adminUrl}/topics`);
  const panel = await editTopic(page, "Multi-channel");
  await panel.getByLabel("Merge into").selectOption({ label: "Information and communication technology › E-services" });
  page.once("dialog", (dialog) => void dialog.accept());
  await panel.getByRole("button", { name: "Merge" }).click();
  await expect(formStatus(page)).toHaveText(/^Merged into “E-services”: \d+ practices? re-tagged/);
  await expect(page.locator(".gp-topic__name", { hasText: /^Multi-channel$/ })).toHaveCount(0);
  await expect(topicRow(page, "E-services").locator(".gp-topic__aliases")).toHaveText("also: Multi-channel");
  const union = [...new Set([...before.a, ...before.b])].sort((x, y) => x - y);
  expect(await topicIdsTagged("E-services")).toEqual(union);

  // The seed still says "Multi-channel": the import maps it to E-services through the alias.
  await page.goto(`${adminUrl}/imports`);
  await page.getByLabel("File").setInputFiles(seed);
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Preview of 000_d035195890cc90f6.txt");
  await expect(page.getByText(/New topics:/)).toHaveCount(0);
  await page.getByRole("button", { name: "Apply this import" }).click();
  await expect(page).toHaveURL(/\/imports\?applied=\d+/);
  expect((await adminDb().execute(sql`select 1 from topics where lower(name) = 'multi-channel'`)).length).toBe(0);
  expect(await topicIdsTagged("E-services")).toEqual(union);
});
