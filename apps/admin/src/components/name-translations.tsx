import type { TranslatedName } from "@gp/db/translations";
import { translateNamesAction } from "@/app/topics/name-actions";
import { ActionForm } from "@/components/action-form";
import { translationLanguageNames } from "@/lib/translation-form";

const languages = ["fr", "de", "es"] as const;

/** The languages a topic or region has no name in yet. */
export function missingLanguages(id: number, names: TranslatedName[]): string[] {
  return languages.filter((l) => !names.some((n) => n.id === id && n.language === l));
}

/** A topic's or region's names in French, German and Spanish, in one form. */
export function NameTranslationsForm({
  kind,
  id,
  label,
  names,
}: {
  kind: "topic" | "region";
  id: number;
  label: string;
  names: TranslatedName[];
}) {
  const nameIn = (language: string) => names.find((n) => n.id === id && n.language === language)?.name ?? "";
  return (
    <ActionForm action={translateNamesAction} hidden={{ kind, id }} submitLabel="Save names" variant="secondary">
      {languages.map((language) => (
        <div className="gp-field" key={language}>
          <label htmlFor={`${kind}-${id}-${language}`}>
            {label} in {translationLanguageNames[language]}
          </label>
          <input
            className="gp-input"
            id={`${kind}-${id}-${language}`}
            name={language}
            lang={language}
            defaultValue={nameIn(language)}
            maxLength={120}
          />
        </div>
      ))}
    </ActionForm>
  );
}
