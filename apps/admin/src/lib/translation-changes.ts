import type { TranslationState } from "@gp/db/translations";
import type { FieldChange } from "./practice-changes";
import { translationLanguageNames } from "./translation-form";

/** The translation a history event's before or after holds, if it is a translation event. */
export function translationOf(side: Record<string, unknown> | null): TranslationState | null {
  const value = side?.translation;
  return value && typeof value === "object" ? (value as TranslationState) : null;
}

const shown = [
  ["title", "Title"],
  ["summary", "Summary"],
  ["status", "Status"],
] as const;

/** A translation event's changes, field by field, as the history's change table shows them. */
export function translationChanges(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): { language: string; changes: FieldChange[] } | null {
  const from = translationOf(before);
  const to = translationOf(after);
  const language = (to ?? from)?.language;
  if (!language) return null;
  const text = (value: string | null | undefined) => value ?? "";
  const changes = shown
    .filter(([field]) => text(from?.[field]) !== text(to?.[field]))
    .map(([field, label]) => ({
      field,
      label: `${label} (${translationLanguageNames[language]})`,
      from: text(from?.[field]) || "—",
      to: text(to?.[field]) || "—",
    }));
  return { language, changes };
}
