"use client";

// Client components without state or effects: the options of the search form's facets, rendered
// from their values and labels. As server components each option would also travel as an element
// tree in the page's inlined flight data (about 250 bytes a checkbox); as props it is their text,
// in tuples rather than objects, whose keys the flight data would repeat for every option.
// See result-cards.tsx and apps/web/README.md.

/**
 * A checkbox of a facet: its value (a slug), its label, the count as shown, its depth in a tree
 * (0 at the top) and whether it is checked.
 */
export type CheckboxOption = [value: string, label: string, count: string, depth?: number, checked?: 1];

/**
 * A facet's checkboxes, keyed by value: a new search keeps the element of an option still listed,
 * and with it the keyboard focus (components/auto-submit.tsx puts it back when the option went).
 * Styled as `.gp-facet__options > label` (web.css): no class repeated on every option.
 */
export function CheckboxOptions({ name, options }: { name: string; options: CheckboxOption[] }) {
  return options.map(([value, label, count, depth, checked]) => (
    <label key={value} data-depth={depth || undefined}>
      <input type="checkbox" name={name} value={value} defaultChecked={checked === 1} />
      {`${label} `}
      <span>{count}</span>
    </label>
  ));
}

/** The options of a select of years: each year with its count as shown, "2021 (1,203)". */
export function YearOptions({ options }: { options: Array<[year: number, count: string]> }) {
  return options.map(([year, count]) => (
    <option key={year} value={year}>
      {`${year} (${count})`}
    </option>
  ));
}
