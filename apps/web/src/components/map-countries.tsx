"use client";

// Client components without state or effects: the map's countries (a shape and a link each) and its
// table's rows, rendered from one list of rows the server prepares (components/world-map.tsx). As
// server components each country would also travel as an element tree in the page's inlined flight
// data (at 100k practices, 140 countries made the home page 154 KB); as props it is their text, sent
// once for both. See result-cards.tsx and apps/web/README.md.

/** The outlines (see app/map/world.svg). */
const WORLD = "/map/world.svg";

/** A country with practices: its link, its practices (as shown) and its shade (0 to 4). */
export interface MapRow {
  name: string;
  href: string;
  count: string;
  shade: number;
  /** ISO 3166-1 numeric, the outline's id; absent for a country the atlas does not draw. */
  numeric?: string;
  selected?: true;
}

/** The shaded countries, each a link with a tooltip, inside the map's <svg>. */
export function MapShapes({ rows, words }: { rows: MapRow[]; words: [one: string, other: string] }) {
  return rows.map((row) =>
    row.numeric ? (
      <a key={row.href} href={row.href} tabIndex={-1} className="gp-map__country" data-selected={row.selected}>
        <title>{`${row.name}: ${row.count} ${row.count === "1" ? words[0] : words[1]}`}</title>
        <use href={`${WORLD}#c${row.numeric}`} className={`gp-map__shade-${row.shade}`} />
      </a>
    ) : null,
  );
}

/** The same countries as rows of the map's table: the accessible version of the map. */
export function MapTableRows({ rows }: { rows: MapRow[] }) {
  return rows.map((row) => (
    <tr key={row.href}>
      <td>
        <a href={row.href}>{row.name}</a>
      </td>
      <td>{row.count}</td>
    </tr>
  ));
}
