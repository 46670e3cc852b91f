import type { YearCount } from "@gp/db/search";
import { yearSpan } from "@/lib/facet-lists";
import { formatCount } from "@/lib/format";
import { SelectOptions } from "./form-options";

function YearSelect({
  name,
  label,
  options,
  value,
}: {
  name: string;
  label: string;
  options: Array<[string, string]>;
  value?: number;
}) {
  const id = `facet-${name}`;
  return (
    <div className="gp-year">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} className="gp-select" defaultValue={value ?? ""}>
        <option value="">Any</option>
        <SelectOptions options={options} />
      </select>
    </div>
  );
}

/** The implementation years as a range: two selects, each year with its practices. */
export function YearRange({ years, from, to }: { years: YearCount[]; from?: number; to?: number }) {
  const counts = new Map(years.map((y) => [y.year, y.count]));
  // One array for both selects: the flight data sends it once and refers to it the second time.
  const options = yearSpan(years, [from, to]).map((y): [string, string] => [
    String(y),
    `${y} (${formatCount(counts.get(y) ?? 0)})`,
  ]);
  return (
    <fieldset className="gp-facet">
      <legend>Implementation year</legend>
      <div className="gp-years">
        <YearSelect name="implementedFrom" label="From" options={options} value={from} />
        <YearSelect name="implementedTo" label="To" options={options} value={to} />
      </div>
    </fieldset>
  );
}
