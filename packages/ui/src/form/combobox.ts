import type { SelectOption } from "./select-field";

/**
 * The text each option shows in a combobox: its label, with its group ("Name, Country"), and its
 * value added only where two options would read the same, so every text names one option.
 */
export function comboboxLabels(options: readonly SelectOption[]): Map<string, string> {
  const text = (o: SelectOption) => (o.group ? `${o.label}, ${o.group}` : o.label);
  const seen = new Map<string, number>();
  for (const o of options) seen.set(text(o), (seen.get(text(o)) ?? 0) + 1);
  return new Map(options.map((o) => [String(o.value), seen.get(text(o))! > 1 ? `${text(o)} (#${o.value})` : text(o)]));
}

const fold = (text: string) => text.normalize("NFKC").replace(/\s+/g, " ").trim().toLocaleLowerCase("en");

/**
 * The option a combobox's submitted text names: its value itself (old links and forms), its exact
 * text, or its text up to case and spacing. Null when the text names no option (or several).
 */
export function resolveChoice(options: readonly SelectOption[], submitted: string): string | null {
  const text = submitted.trim();
  if (!text) return null;
  if (options.some((o) => String(o.value) === text)) return text;
  const labels = comboboxLabels(options);
  for (const [value, label] of labels) if (label === text) return value;
  const matches = [...labels].filter(([, label]) => fold(label) === fold(text));
  return matches.length === 1 ? matches[0]![0] : null;
}
