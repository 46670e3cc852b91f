import type { PracticeTranslation } from "@gp/db/translations";
import { translationLanguages } from "@gp/db/translations";
import Link from "next/link";
import { translationLanguageNames } from "@/lib/translation-form";

/** A practice's translations, one line a language: missing, draft, published, outdated; each a link to edit. */
export function TranslationsCard({
  practiceId,
  original,
  translations,
}: {
  practiceId: number;
  /** The original's language (unset means English): it needs no translation into itself. */
  original: string | null;
  translations: PracticeTranslation[];
}) {
  return (
    <section className="gp-card" aria-labelledby="translations-title">
      <h2 id="translations-title">Translations</h2>
      <ul className="gp-plain-list">
        {translationLanguages
          .filter((language) => language !== (original ?? "en"))
          .map((language) => {
            const t = translations.find((x) => x.language === language);
            const name = translationLanguageNames[language];
            return (
              <li key={language}>
                <Link href={`/practices/${practiceId}/translations/${language}`}>{name}</Link>:{" "}
                {t ? (
                  <>
                    {t.status === "draft" ? "draft" : "published"}
                    {t.outdated ? (
                      <span className="gp-badge" data-tone="warning">
                        outdated
                      </span>
                    ) : null}
                  </>
                ) : (
                  <span className="gp-muted">missing</span>
                )}
              </li>
            );
          })}
      </ul>
    </section>
  );
}
