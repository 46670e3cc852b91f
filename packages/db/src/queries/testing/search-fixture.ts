// A small, varied data set for the public query tests: a topic tree, three regions, practices in
// every status, with and without awards, titles and topics. Built deterministically with SQL.
import { sql } from "drizzle-orm";
import type { Db } from "../../client-core";
import { rebuildSearchTerms } from "../search-terms";

export const fixtureTopics: Array<[string, string, string | null]> = [
  ["Information and communication technology", "information-and-communication-technology", null],
  ["E-services", "e-services", "information-and-communication-technology"],
  ["Data analytics", "data-analytics", "information-and-communication-technology"],
  ["Family benefits", "family-benefits", null],
  ["Children", "children", "family-benefits"],
  ["Old-age pensions", "old-age-pensions", null],
  ["Error, evasion and fraud", "error-evasion-and-fraud", null],
];

export const fixtureInstitutions: Array<[string, string, string]> = [
  ["National Employment Office", "national-employment-office", "BE"],
  ["Federal Pension Service", "federal-pension-service", "BE"],
  ["Social Insurance Institution", "social-insurance-institution", "PL"],
  ["Instituto de Previsión Social", "instituto-de-prevision-social", "PY"],
  ["National Social Security Fund", "national-social-security-fund", "KE"],
];

const summaries = [
  "The institution launched an online pension portal so that insured persons can claim their pension without visiting an office.",
  "Data analytics helps inspectors detect contribution fraud and undeclared work among employers.",
  "A family allowance for children is now paid automatically from civil registry data.\n\nThe main features are:\n  • no application is needed;\n  • payments start in the month of birth.",
  "The Instituto de Previsión Social modernised its services with e-services for pensioners and employers.",
  "Mobile offices bring social security information to farmers and domestic workers in rural areas.",
  "Machine learning models score the risk of benefit fraud before payment.",
];

/** Loads the fixture; returns nothing, tests read what they need back from the database. */
export async function loadSearchFixture(db: Db): Promise<void> {
  for (const [name, slug, parent] of fixtureTopics) {
    await db.execute(sql`
      insert into topics (name, slug, parent_id) values (${name}, ${slug}, (select id from topics where slug = ${parent}))`);
  }
  for (const [name, slug, code] of fixtureInstitutions) {
    await db.execute(sql`
      insert into institutions (name, slug, country_id, match_key)
      values (${name}, ${slug}, (select id from countries where code = ${code}), ${slug})`);
  }
  // 60 practices: attributes cycle with co-prime periods so that combinations vary.
  await db.execute(sql`
    insert into practices (slug, title, summary, institution_id, implementation_year, award_year, award_distinction, status, fingerprint)
    select 'practice-' || n,
      case when n % 3 = 0 then 'Practice number ' || n else null end,
      (${sql.param(summaries)}::text[])[1 + n % 6] || ' Case ' || n || '.',
      (select id from institutions order by id offset n % 5 limit 1),
      2010 + n % 13,
      case when n % 4 = 0 then null else 2012 + n % 11 end,
      case when n % 4 = 0 then null else (enum_range(null::award_distinction))[1 + n % 7 % 5] end,
      case when n % 17 = 5 then 'draft' when n % 19 = 7 then 'withdrawn' else 'published' end::practice_status,
      'fp-' || n
    from generate_series(1, 60) n`);
  // Topics: none for some, a child without its parent for others.
  await db.execute(sql`
    insert into practice_topics (practice_id, topic_id)
    select p.id, t.id
    from practices p
    join lateral (select n from (values (1), (2), (3)) v(n)) k on true
    join topics t on t.slug = (array['information-and-communication-technology', 'e-services', 'data-analytics', 'family-benefits',
      'children', 'old-age-pensions', 'error-evasion-and-fraud'])[1 + (substr(p.slug, 10)::int * k.n + k.n) % 7]
    where substr(p.slug, 10)::int % 11 <> 0
    on conflict do nothing`);
  await rebuildSearchTerms(db);
}

/** Translations of the fixture's first two summaries (a pension portal, fraud analytics), by language. */
export const fixtureTranslations: Record<"fr" | "de" | "es", [string, string]> = {
  fr: [
    "L'institution a lancé un portail de retraite en ligne pour que les assurés demandent leur pension sans se rendre dans une agence.",
    "L'analyse des données aide les inspecteurs à détecter la fraude aux cotisations et le travail non déclaré chez les employeurs.",
  ],
  de: [
    "Die Einrichtung hat ein Online-Portal für Renten eingeführt, damit Versicherte ihre Rente ohne Besuch einer Geschäftsstelle beantragen.",
    "Datenanalysen helfen Prüfern, Beitragsbetrug und Schwarzarbeit bei Arbeitgebern aufzudecken.",
  ],
  es: [
    "La institución lanzó un portal de pensiones en línea para que los asegurados soliciten su pensión sin acudir a una oficina.",
    "El análisis de datos ayuda a los inspectores a detectar el fraude en las cotizaciones y el trabajo no declarado.",
  ],
};

/**
 * Translates some fixture practices (those with the first two summaries), each language a different
 * share of them, some with a title; every seventh is a draft, which the public never sees.
 */
export async function loadTranslationFixture(db: Db): Promise<void> {
  const shares = { fr: 2, de: 5, es: 4 } as const;
  for (const [language, [portal, fraud]] of Object.entries(fixtureTranslations)) {
    const share = shares[language as keyof typeof shares];
    await db.execute(sql`
      insert into practice_translations (practice_id, language, title, summary, status, source_version, source_title, source_summary)
      select p.id, ${language},
        case when n % 3 = 0 then ${`[${language}]`} || ' ' || n else null end,
        case when n % 6 = 0 then ${portal} else ${fraud} end,
        case when n % 7 = 0 then 'draft' else 'published' end::translation_status,
        p.version, p.title, p.summary
      from practices p, lateral (select substr(p.slug, 10)::int as n) s
      where n % 6 in (0, 1) and n % ${share} <> 1`);
  }
  await rebuildSearchTerms(db);
}
