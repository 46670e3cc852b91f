import type { TranslatedName } from "@gp/db/translations";
import { missingLanguages, NameTranslationsForm } from "@/components/name-translations";

/** The ISSA regions' names per language, on the topics page (regions are only four). */
export function RegionNames({
  regions,
  names,
}: {
  regions: Array<{ id: number; name: string }>;
  names: TranslatedName[];
}) {
  return (
    <section className="gp-section" aria-labelledby="regions-title">
      <h2 id="regions-title">Region names</h2>
      <ul className="gp-plain-list">
        {regions.map((region) => {
          const missing = missingLanguages(region.id, names);
          return (
            <li key={region.id}>
              <details className="gp-topic__edit">
                <summary>
                  {region.name}
                  {missing.length ? (
                    <span className="gp-badge" data-tone="warning">
                      missing: {missing.join(", ")}
                    </span>
                  ) : null}
                </summary>
                <NameTranslationsForm kind="region" id={region.id} label={region.name} names={names} />
              </details>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
