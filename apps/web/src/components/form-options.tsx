"use client";

// Client components without state or effects: the options of the search form's facets, rendered
// from their values and labels. As server components each option would also travel as an element
// tree in the page's inlined flight data (about 250 bytes a checkbox); as props it is their text.
// See result-cards.tsx and apps/web/README.md.

/** A checkbox of a facet: its value (a slug), its label, the count as shown, and its depth in a tree. */
export interface CheckboxOption {
  value: string;
  label: string;
  count: string;
  checked?: true;
  depth?: number;
}

/**
 * A facet's checkboxes, keyed by value: a new search keeps the element of an option still listed,
 * and with it the keyboard focus (components/auto-submit.tsx puts it back when the option went).
 */
export function CheckboxOptions({ name, options }: { name: string; options: CheckboxOption[] }) {
  return options.map((option) => (
    <label key={option.value} className="gp-option" data-depth={option.depth}>
      <input type="checkbox" name={name} value={option.value} defaultChecked={option.checked} />
      {`${option.label} `}
      <span>{option.count}</span>
    </label>
  ));
}

/** The options of a select, as [value, label]. */
export function SelectOptions({ options }: { options: Array<[string, string]> }) {
  return options.map(([value, label]) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));
}
