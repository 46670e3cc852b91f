import Link from "next/link";
import type { FacetList, ListedOption } from "@/lib/facet-lists";
import { formatCount } from "@/lib/format";
import { type CheckboxOption, CheckboxOptions } from "./form-options";

/** The checkboxes' data: what the client component needs, nothing more. */
function checkboxes(options: ListedOption[]): CheckboxOption[] {
  return options.map((o) => ({
    value: o.slug,
    label: o.name,
    count: formatCount(o.count),
    ...(o.checked ? { checked: true } : {}),
    ...(o.depth ? { depth: o.depth } : {}),
  }));
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
}: {
  name: string;
  legend: string;
  list: FacetList<ListedOption>;
  showMore?: ShowMore;
  /** A list shown in full scrolls within a set height. */
  scroll?: boolean;
}) {
  return (
    <fieldset className="gp-facet" id={`facet-${name}`}>
      <legend>{legend}</legend>
      <div className="gp-facet__options" {...(scroll ? { "data-scroll": true } : {})}>
        {list.shown.length ? (
          <CheckboxOptions name={name} options={checkboxes(list.shown)} />
        ) : (
          <p className="gp-muted">None</p>
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
