import type { TranslationCounts } from "@gp/db/translations";
import Link from "next/link";
import { translationLanguageNames } from "@/lib/translation-form";

/** The dashboard's translation queue: per language, practices missing a translation and outdated ones. */
export function TranslationQueueCard({ counts }: { counts: TranslationCounts[] }) {
  return (
    <section className="gp-card gp-queue" aria-labelledby="q-translations">
      <h2 id="q-translations">Translations</h2>
      <table className="gp-diff-table">
        <thead>
          <tr>
            <th scope="col">Language</th>
            <th scope="col">Missing</th>
            <th scope="col">Outdated</th>
          </tr>
        </thead>
        <tbody>
          {counts.map((c) => (
            <tr key={c.language}>
              <th scope="row">{translationLanguageNames[c.language]}</th>
              <td>
                <Link href={`/translations?language=${c.language}&kind=missing`}>{c.missing} missing</Link>
              </td>
              <td>
                <Link href={`/translations?language=${c.language}&kind=outdated`}>{c.outdated} outdated</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
