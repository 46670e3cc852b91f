// An editor at work during the load: a real Chromium signed in to the admin app opens practices
// and saves edits through the form, one after another, until told to stop. Every outcome counts.
import { distinctions } from "@gp/db/domain";
import { chromium } from "@playwright/test";

export interface EditorOutcome {
  /** "Saved as version N". */
  saved: number;
  /** Someone (the import) saved the practice first: the form says so and nothing is written. */
  conflicts: number;
  /** Anything else: an error page, an error message, no answer within the timeout. */
  failed: number;
  failures: string[];
  /** Seconds from opening a practice to the save's answer. */
  durations: number[];
}

export interface EditorOptions {
  adminUrl: string;
  email: string;
  password: string;
  /** Practices to edit, in turn. */
  practiceIds: number[];
  chromiumPath: string;
}

const browserArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const distinctionNames = distinctions.map((d) => d.name);

/** Signs in, then edits until `stop()` is called; resolves with the counts once the last save is done. */
export async function startEditor(options: EditorOptions): Promise<{ stop: () => Promise<EditorOutcome> }> {
  const browser = await chromium.launch({ executablePath: options.chromiumPath, args: browserArgs });
  const page = await browser.newPage();
  page.setDefaultTimeout(60_000);
  await page.goto(`${options.adminUrl}/sign-in`);
  await page.getByLabel("Email").fill(options.email);
  await page.getByLabel("Password").fill(options.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));

  const outcome: EditorOutcome = { saved: 0, conflicts: 0, failed: 0, failures: [], durations: [] };
  const fail = (id: number, why: string) => {
    outcome.failed++;
    if (outcome.failures.length < 10) outcome.failures.push(`#${id}: ${why}`);
  };
  let stopping = false;
  const loop = (async () => {
    for (let n = 0; !stopping; n++) {
      const id = options.practiceIds[n % options.practiceIds.length]!;
      const started = Date.now();
      try {
        const response = await page.goto(`${options.adminUrl}/practices/${id}`);
        if (!response?.ok()) {
          fail(id, `opening the practice answered ${response?.status()}`);
          continue;
        }
        // A new title each time (it rewrites the search document and adds to the vocabulary), and
        // every third time the distinction too (of an awarded practice: a distinction needs its year).
        await page.getByLabel("Title").fill(`Curated under load, edit ${n}`);
        if (n % 3 === 2 && (await page.getByLabel("Award year").inputValue()) !== "") {
          await page
            .getByLabel("Award distinction")
            .selectOption({ label: distinctionNames[n % distinctionNames.length]! });
        }
        await page.getByRole("button", { name: "Save changes" }).click();
        // The form's message, or the admin app's error page (a practice's own title may say "error").
        const answer = page
          .locator(".gp-alert[role=status], .gp-alert[role=alert], h1:text-is('Something went wrong')")
          .first();
        await answer.waitFor();
        const text = (await answer.textContent()) ?? "";
        if (text.includes("Saved as version")) outcome.saved++;
        else if (text.includes("Someone else saved this practice")) outcome.conflicts++;
        else
          fail(
            id,
            `${text.slice(0, 200)} ${(await page.locator("[id$='-error']").allTextContents()).join(" ")}`.trim(),
          );
        outcome.durations.push((Date.now() - started) / 1000);
      } catch (error) {
        fail(id, error instanceof Error ? error.message.split("\n")[0]! : String(error));
      }
    }
  })();
  return {
    stop: async () => {
      stopping = true;
      await loop;
      await browser.close();
      return outcome;
    },
  };
}
