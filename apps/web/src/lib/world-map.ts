import { geoCentroid, geoEqualEarth, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world110 from "world-atlas/countries-110m.json";
import world50 from "world-atlas/countries-50m.json";

import { MAP_HEIGHT, MAP_WIDTH } from "./world-map-size";

export { MAP_HEIGHT, MAP_WIDTH };

export interface CountryShape {
  /** ISO 3166-1 numeric, the world-atlas id. */
  numeric: string;
  /** SVG path of the country's outline. */
  d: string;
}

export interface CountryMarker {
  numeric: string;
  x: number;
  y: number;
}

export interface WorldGeometry {
  shapes: CountryShape[];
  /** Countries too small for the 1:110m atlas (Singapore, Malta, Mauritius…), drawn as dots. */
  markers: CountryMarker[];
}

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

function countriesOf(topology: unknown): Array<Feature<Geometry, { name: string }>> {
  const t = topology as Countries;
  return (feature(t, t.objects.countries) as FeatureCollection<Geometry, { name: string }>).features;
}

let cached: WorldGeometry | null = null;

/**
 * The projected outlines, computed once per server process: the geometry never changes, only
 * the shading does, per request.
 */
export function worldGeometry(): WorldGeometry {
  if (cached) return cached;
  const ANTARCTICA = "010";
  const shapes110 = countriesOf(world110).filter((f) => f.id !== undefined && f.id !== ANTARCTICA);
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [MAP_WIDTH - 4, MAP_HEIGHT - 4],
    ],
    { type: "FeatureCollection", features: shapes110 },
  );
  // One decimal is sub-pixel at this size and halves the markup.
  const path = geoPath(projection).digits(1);
  const shapes = shapes110.flatMap((f) => {
    const d = path(f);
    return d ? [{ numeric: String(f.id), d }] : [];
  });
  const known = new Set(shapes.map((s) => s.numeric));
  const markers = countriesOf(world50).flatMap((f) => {
    if (f.id === undefined || known.has(String(f.id))) return [];
    const point = projection(geoCentroid(f));
    return point
      ? [{ numeric: String(f.id), x: Math.round(point[0] * 10) / 10, y: Math.round(point[1] * 10) / 10 }]
      : [];
  });
  cached = { shapes, markers };
  return cached;
}
