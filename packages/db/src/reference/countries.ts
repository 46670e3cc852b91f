import worldCountries from "world-countries/countries.json" with { type: "json" };
import { slugify } from "../text";
import type { RegionSlug } from "./regions";

export interface ReferenceCountry {
  code: string;
  alpha3: string;
  numeric: string | null;
  name: string;
  slug: string;
  region: RegionSlug;
  /** Other names and codes this country goes by; matched with `matchKey`. */
  aliases: string[];
}

/** Names ISSA and the UN use where they differ from world-countries' common names. */
const displayNames: Record<string, string> = {
  CI: "Côte d'Ivoire",
  KR: "Republic of Korea",
  KP: "Democratic People's Republic of Korea",
  CV: "Cabo Verde",
};

/** UN and ISSA spellings that world-countries lacks. */
const extraAliases: Record<string, string[]> = {
  BO: ["Bolivia (Plurinational State of)"],
  CD: ["Congo, Democratic Republic of the", "Democratic Republic of the Congo", "Congo (Democratic Republic of the)"],
  CG: ["Congo", "Republic of the Congo"],
  CZ: ["Czech Republic"],
  FM: ["Micronesia (Federated States of)"],
  GB: ["United Kingdom of Great Britain and Northern Ireland"],
  IR: ["Iran (Islamic Republic of)"],
  KR: ["Korea (Republic of)", "South Korea", "Korea"],
  KP: ["Korea (Democratic People's Republic of)", "North Korea"],
  LA: ["Lao People's Democratic Republic", "Lao PDR"],
  MD: ["Republic of Moldova", "Moldova (Republic of)"],
  MK: ["The former Yugoslav Republic of Macedonia", "Macedonia"],
  PS: ["Palestine (State of)"],
  RU: ["Russian Federation"],
  SY: ["Syrian Arab Republic"],
  SZ: ["Swaziland", "Eswatini"],
  TR: ["Turkey", "Türkiye"],
  TZ: ["United Republic of Tanzania", "Tanzania, United Republic of"],
  US: ["United States of America", "USA"],
  VE: ["Venezuela (Bolivarian Republic of)"],
  VN: ["Viet Nam"],
};

/** ISSA counts these in Europe, though the UN geoscheme puts them in Western Asia. */
const europeanByIssa = new Set(["AM", "AZ", "CY", "GE", "IL", "TR"]);

function issaRegion(code: string, region: string): RegionSlug | null {
  if (europeanByIssa.has(code)) return "europe";
  switch (region) {
    case "Africa":
      return "africa";
    case "Americas":
      return "americas";
    case "Europe":
      return "europe";
    case "Asia":
    case "Oceania":
      return "asia-and-the-pacific";
    default:
      return null; // Antarctic territories: no ISSA region, no members.
  }
}

/** The ISO 3166 countries with their ISSA region, sorted by name. */
export const referenceCountries: ReferenceCountry[] = worldCountries
  .flatMap((c): ReferenceCountry[] => {
    const region = issaRegion(c.cca2, c.region);
    if (!region) return [];
    const name = displayNames[c.cca2] ?? c.name.common;
    const aliases = [
      name,
      c.name.common,
      c.name.official,
      c.cca2,
      c.cca3,
      ...c.altSpellings,
      ...(extraAliases[c.cca2] ?? []),
    ];
    return [
      {
        code: c.cca2,
        alpha3: c.cca3,
        numeric: c.ccn3 || null,
        name,
        slug: slugify(name),
        region,
        aliases: [...new Set(aliases)],
      },
    ];
  })
  .sort((a, b) => a.name.localeCompare(b.name, "en"));
