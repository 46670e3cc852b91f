import type { YearCount } from "@gp/db/search";
import { useTranslations } from "next-intl";
import type { Locale } from "@/i18n/routing";
import { yearSpan } from "@/lib/facet-lists";
import { formatCount } from "@/lib/format";
import { YearOptions } from "./form-options";

function YearSelect({
  name,
  label,
  options,
  value,
  any,
}: {
  name: string;
  label: string;
  options: Array<[number, string]>;
  value?: number;
  any: string;
}) {
  const id = `facet-${name}`;
  return (
    <div className="gp-year">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} className="gp-select" defaultValue={value ?? ""}>
        <option value="">{any}</option>
        <YearOptions options={options} />
      </select>
    </div>
  );
}

/** The implementation years as a range: two selects, each year with its practices. */
export function YearRange({
  years,
  from,
  to,
  locale = "en",
}: {
  years: YearCount[];
  from?: number;
  to?: number;
  locale?: Locale;
}) {
  const t = useTranslations("facets");
  const counts = new Map(years.map((y) => [y.year, y.count]));
  // One array for both selects: the flight data sends it once and refers to it the second time.
  const options = yearSpan(years, [from, to]).map((y): [number, string] => [
    y,
    formatCount(counts.get(y) ?? 0, locale),
  ]);
  return (
    <fieldset className="gp-facet">
      <legend>{t("implementationYear")}</legend>
      <div className="gp-years">
        <YearSelect name="implementedFrom" label={t("from")} options={options} value={from} any={t("any")} />
        <YearSelect name="implementedTo" label={t("to")} options={options} value={to} any={t("any")} />
      </div>
    </fieldset>
  );
}
