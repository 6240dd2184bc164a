/**
 * The world map's shapes, drawn offline from Natural Earth's 1:50m countries (world-atlas 2.0.2:
 * 241 shapes, small states such as Malta, Singapore or Bahrain included). Loaded on first use as
 * text (the JSON would otherwise be typed and bundled as a 750 KB module), projected once, kept.
 */
import countries from 'i18n-iso-countries';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

export interface CountryShape {
  /** ISO 3166-1 alpha-2 code, or null for areas without one (Somaliland, N. Cyprus…). */
  code: string | null;
  /** Natural Earth's English name: only used when the area has no code. */
  name: string;
  d: string;
}

export interface WorldShapes {
  countries: CountryShape[];
  /** The outline of the globe in this projection (the sea). */
  sphere: string;
}

// Kosovo has no ISO 3166-1 numeric code, so Natural Earth gives its shape no id; the app uses the
// user-assigned alpha-2 code XK for it, as i18n-iso-countries and the EU do.
const BY_NAME: Record<string, string> = { Kosovo: 'XK' };

type Properties = { name: string };

let shapes: Promise<WorldShapes> | null = null;

function project(topology: Topology<{ countries: GeometryCollection<Properties> }>): WorldShapes {
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<
    Geometry,
    Properties
  >;
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [MAP_WIDTH - 4, MAP_HEIGHT - 4],
    ],
    { type: 'Sphere' },
  );
  const path = geoPath(projection);
  return {
    sphere: path({ type: 'Sphere' }) ?? '',
    countries: collection.features.map((f: Feature<Geometry, Properties>) => {
      const numeric = f.id === undefined ? undefined : String(f.id);
      const code =
        (numeric ? countries.numericToAlpha2(numeric) : undefined) ??
        BY_NAME[f.properties.name] ??
        null;
      return { code, name: f.properties.name, d: path(f) ?? '' };
    }),
  };
}

/** The projected shapes; the first call loads and projects them, later calls share the result. */
export function loadWorldShapes(): Promise<WorldShapes> {
  shapes ??= import('world-atlas/countries-50m.json?raw').then((module) =>
    project(JSON.parse(module.default) as Topology<{ countries: GeometryCollection<Properties> }>),
  );
  return shapes;
}
