import { useTranslations } from "next-intl";
import Link from "next/link";
import type { Locale } from "@/i18n/routing";
import type { FacetList, ListedOption } from "@/lib/facet-lists";
import { formatCount } from "@/lib/format";
import { type CheckboxOption, CheckboxOptions } from "./form-options";

/** The checkboxes' data: what the client component needs, nothing more. */
function checkboxes(options: ListedOption[], locale: Locale): CheckboxOption[] {
  return options.map((o): CheckboxOption => {
    const count = formatCount(o.count, locale);
    if (o.checked) return [o.slug, o.name, count, o.depth ?? 0, 1];
    return o.depth ? [o.slug, o.name, count, o.depth] : [o.slug, o.name, count];
  });
}

/** The link that shows a facet's list in full, or its top values again; a plain link, so no JavaScript is needed. */
export interface ShowMore {
  href: string;
  label: string;
}

/** A facet as a fieldset of checkboxes (the search form's fields), with its "show more" link if it has one. */
export function FacetFieldset({
  name,
  legend,
  list,
  showMore,
  scroll = false,
  locale = "en",
}: {
  name: string;
  legend: string;
  list: FacetList<ListedOption>;
  locale?: Locale;
  showMore?: ShowMore;
  /** A list shown in full scrolls within a set height. */
  scroll?: boolean;
}) {
  const t = useTranslations("facets");
  return (
    <fieldset className="gp-facet" id={`facet-${name}`}>
      <legend>{legend}</legend>
      <div className="gp-facet__options" {...(scroll ? { "data-scroll": true } : {})}>
        {list.shown.length ? (
          <CheckboxOptions name={name} options={checkboxes(list.shown, locale)} />
        ) : (
          <p className="gp-muted">{t("none")}</p>
        )}
      </div>
      {showMore ? (
        <p className="gp-facet__more">
          {/* In place with JavaScript (focus and scroll stay); without it, the page opens at the facet. */}
          <Link href={showMore.href} scroll={false} prefetch={false}>
            {showMore.label}
          </Link>
        </p>
      ) : null}
    </fieldset>
  );
}
