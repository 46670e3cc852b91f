import type { SelectOption } from "@gp/ui/form";

/** Options of the long lists the admin app offers as comboboxes (they grow with the data). */

export interface InstitutionChoice {
  id: number;
  name: string;
  acronym: string | null;
  country: string;
}

/** Institutions as options, grouped (and told apart) by country. */
export function institutionChoices(institutions: InstitutionChoice[]): SelectOption[] {
  return institutions.map((i) => ({
    value: i.id,
    label: i.acronym ? `${i.name} (${i.acronym})` : i.name,
    group: i.country,
  }));
}

export function countryChoices(countries: Array<{ id: number; name: string }>): SelectOption[] {
  return countries.map((c) => ({ value: c.id, label: c.name }));
}
