import { expect, test } from "@playwright/test";
import { sql } from "drizzle-orm";
import { adminUrl } from "../src/env";
import { adminDb, closeAdminDb, formStatus } from "./admin-helpers";

// An import at scale opens thousands of pairs: the queue sorts by score either way, says how many
// wait per institution, and dismisses every pair below a score after a confirmation, without JavaScript.
test.use({ javaScriptEnabled: false });

const METHOD = "e2e-bulk";
let added: number[] = [];

test.beforeAll(async () => {
  // Three weak pairs between practices of the sample that no import paired.
  const rows = await adminDb().execute<{ id: number }>(sql`
    with live as (select id, row_number() over (order by id) as n from practices where status = 'published'),
    pairs as (select a.id as a, b.id as b, s.score from live a join live b on b.n = a.n + 40
              join (values (1, 0.21::real), (2, 0.25::real), (3, 0.35::real)) as s(n, score) on s.n = a.n)
    insert into duplicate_candidates (practice_a_id, practice_b_id, score, method)
    select a, b, score, ${METHOD} from pairs
    on conflict (practice_a_id, practice_b_id) do nothing returning id`);
  added = rows.map((r) => r.id);
});

test.afterAll(async () => {
  await adminDb().execute(sql`delete from duplicate_candidates where method = ${METHOD}`);
  await adminDb().execute(sql`delete from audit_events where action = 'candidate.dismiss_below'`);
  await closeAdminDb();
});

test("the queue counts pairs per institution, sorts by score and dismisses every pair below a score", async ({
  page,
}) => {
  expect(added).toHaveLength(3);
  const perInstitution = await adminDb().execute<{ name: string; pairs: number }>(sql`
    select i.name, count(*)::int as pairs from duplicate_candidates c
    join practices a on a.id = c.practice_a_id join practices b on b.id = c.practice_b_id
    cross join lateral (select a.institution_id union select b.institution_id) u(id)
    join institutions i on i.id = u.id
    where c.status = 'open' group by i.name order by pairs desc, i.name limit 1`);
  await page.goto(`${adminUrl}/duplicates`);
  const counts = page.getByRole("region", { name: "Waiting per institution" });
  await expect(counts.getByRole("listitem").first()).toHaveText(
    `${perInstitution[0]!.name} ${perInstitution[0]!.pairs} ${perInstitution[0]!.pairs === 1 ? "pair" : "pairs"}`,
  );

  // Lowest score first: the weakest pair leads.
  await page.getByRole("link", { name: /^Similarity: sort ascending/ }).click();
  const rows = page.getByRole("row").filter({ has: page.getByRole("link", { name: /Compare/ }) });
  await expect(rows.first()).toContainText("21%");

  await page.getByLabel("Dismiss every pair below (similarity, %)").fill("40");
  await page.getByRole("button", { name: "Review…" }).click();
  await expect(page.getByText("3 open pairs score below 40%")).toBeVisible();
  await page.getByRole("button", { name: "Dismiss 3 pairs" }).click();
  await expect(page).toHaveURL(`${adminUrl}/duplicates?bulkDismissed=3`);
  await expect(formStatus(page)).toHaveText("Dismissed 3 pairs: imports will not propose them again.");

  const statuses = await adminDb().execute<{ method: string; status: string; decided_by: string | null }>(sql`
    select c.method, c.status, u.email as decided_by from duplicate_candidates c left join users u on u.id = c.decided_by_id
    order by c.score`);
  expect(statuses).toEqual([
    ...added.map(() => ({ method: METHOD, status: "dismissed", decided_by: "admin@e2e.test" })),
    // The sample's two real pairs (0.61 and 0.73) stay in the queue.
    { method: "minhash-trigram", status: "open", decided_by: null },
    { method: "minhash-trigram", status: "open", decided_by: null },
  ]);
});

test("a similarity outside 1–100% is refused with a message, and nothing is dismissed", async ({ page }) => {
  await page.goto(`${adminUrl}/duplicates/dismiss-below?below=250`);
  await expect(page.getByRole("alert")).toHaveText("Give a similarity from 1 to 100%.");
  await expect(page.getByRole("button", { name: /^Dismiss/ })).toHaveCount(0);
});
