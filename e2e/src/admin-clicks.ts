// Click-throughs the admin specs share: the practices table's row selection and a merge confirmed
// on its own page.
import type { Page } from "@playwright/test";

/** Ticks the practices table's checkbox of each practice (they must be on the page shown). */
export async function selectPracticeRows(page: Page, practices: ReadonlyArray<{ id: number }>): Promise<void> {
  for (const p of practices)
    await page
      .getByRole("row")
      .filter({ has: page.locator(`a[href="/practices/${p.id}"]`) })
      .getByRole("checkbox")
      .check();
}

/** From the compare page: asks for the merge, then confirms it (merged practice into the survivor). */
export async function mergeAndConfirm(page: Page, merged: number, survivor: number): Promise<void> {
  await page.getByRole("button", { name: "Merge these practices" }).click();
  await page.getByRole("button", { name: `Merge #${merged} into #${survivor}` }).click(); // the confirmation
}
