import type { Db } from "@gp/db";
import { countryOptions, institutionOptions } from "@gp/db/curation";
import { resolveChoice } from "@gp/ui/form";
import { countryChoices, institutionChoices } from "./choices";

/**
 * A combobox's submitted text as the option's id ("" when it names none, which the schema then
 * refuses with the field's own message). Runs before the schema, so a form sends text, not ids.
 */
export async function resolveInstitution(db: Db, text: FormDataEntryValue | null): Promise<string> {
  if (typeof text !== "string" || !text.trim()) return "";
  return resolveChoice(institutionChoices(await institutionOptions(db)), text) ?? "";
}

export async function resolveCountry(db: Db, text: FormDataEntryValue | null): Promise<string> {
  if (typeof text !== "string" || !text.trim()) return "";
  return resolveChoice(countryChoices(await countryOptions(db)), text) ?? "";
}
