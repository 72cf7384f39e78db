/**
 * @module surfaces/web/components/place-map
 *
 * A map of places as inline SVG, drawn on the server (no script may run in
 * the reader): the offline basemap (map/atlas.ts), each place a circle whose
 * area grows with its mentions, inside a link to its entity page and with
 * a `<title>` for the hover, labels for the most mentioned, and a legend
 * under it. Crimea is drawn inside Ukraine's internationally recognized
 * border and hatched as occupied; the oblasts Russia claims are marked at
 * their centres with the same hatch (map/claimed.ts). Every name is text that hono/jsx escapes;
 * the styling is in the stylesheet (reader-css.ts), and the only
 * presentation attribute is the hatch pattern's reference.
 */
import { entityPath } from './annotated-text.js';
import type { MapLayout } from '../map/layout.js';
import { CLAIM_NOTE } from '../map/claimed.js';

/** The hatch's id; a page holds one map. */
const HATCH_ID = 'map-occupied-hatch';

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

export interface PlaceMapProps {
  layout: MapLayout;
  /** The map's accessible name. */
  label: string;
  /** What the circles count, for the legend. */
  counted?: string;
  compact?: boolean;
}

export function PlaceMap({ layout, label, counted = 'mentions in the articles shown', compact = false }: PlaceMapProps) {
  const { width, height, basemap, circles, labels, scale } = layout;
  return (
    <figure class={compact ? 'place-map compact' : 'place-map'}>
      <svg class="map" viewBox={`0 0 ${width} ${height}`} aria-label={label}>
        <title>{label}</title>
        <defs>
          <pattern id={HATCH_ID} patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(45)">
            <rect class="hatch-ground" width="7" height="7" />
            <line class="hatch-line" x1="0" y1="0" x2="0" y2="7" />
          </pattern>
        </defs>
        <rect class="sea" width={width} height={height} />
        <g class="countries">
          {basemap.countries.map((country) => (
            <path class={`land ${country.kind}`} d={country.d} data-country={country.id}>
              <title>{country.name}</title>
            </path>
          ))}
        </g>
        {basemap.crimea ? (
          <path class="crimea occupied" d={basemap.crimea} fill={`url(#${HATCH_ID})`} data-country="crimea">
            <title>Crimea: Ukraine, occupied by Russia since 2014</title>
          </path>
        ) : null}
        {basemap.borders ? <path class="borders" d={basemap.borders} /> : null}
        <g class="claimed">
          {basemap.claimed.map((o) => (
            <path class="claimed-oblast occupied" d={`M${o.x} ${o.y - 11}l11 11-11 11-11-11z`} fill={`url(#${HATCH_ID})`} data-entity={o.id}>
              <title>{`${o.name}: ${CLAIM_NOTE}`}</title>
            </path>
          ))}
        </g>
        {basemap.ukraineOutline ? <path class="ukraine-outline" d={basemap.ukraineOutline} /> : null}
        <g class="basemap-labels" aria-hidden="true">
          {labels
            .filter((l) => l.id === null)
            .map((l) => (
              <text class={`label-${l.kind}`} x={l.x} y={l.y} text-anchor={l.anchor}>
                {l.text}
              </text>
            ))}
        </g>
        <g class="places">
          {circles.map((c) => (
            <a href={entityPath(c.id)}>
              <circle class="place" cx={c.cx} cy={c.cy} r={c.r} data-entity={c.id}>
                <title>{`${c.name} — ${plural(c.mentions, 'mention')}`}</title>
              </circle>
            </a>
          ))}
        </g>
        <g class="place-labels">
          {labels
            .filter((l) => l.id !== null)
            .map((l) => (
              <a href={entityPath(l.id!)} aria-hidden="true" tabindex={-1}>
                <text class={`label-${l.kind}`} x={l.x} y={l.y} text-anchor={l.anchor}>
                  {l.text}
                </text>
              </a>
            ))}
        </g>
        {scale ? (
          <g class="scale-bar" aria-hidden="true">
            <path class="scale-line" d={`M${scale.x},${scale.y - 5}V${scale.y}H${scale.x + scale.length}V${scale.y - 5}`} />
            <text class="scale-text" x={scale.x + scale.length + 6} y={scale.y + 1}>
              {`${scale.km} km`}
            </text>
          </g>
        ) : null}
      </svg>
      <figcaption>
        <ul class="map-legend">
          <li>
            <span class="legend-circle" aria-hidden="true" />
            {`Circle area: ${counted}${layout.circles.length > 0 ? ` (most: ${layout.maxMentions})` : ''}`}
          </li>
          {basemap.crimea ? (
            <li>
              <span class="legend-occupied" aria-hidden="true" />
              Crimea: Ukraine, occupied by Russia since 2014
            </li>
          ) : null}
          {layout.countries.length > 0 ? <li class="muted">Countries named as a whole are listed, not drawn.</li> : null}
          {basemap.claimed.length > 0 ? (
            <li>
              <span class="legend-claimed" aria-hidden="true" />
              Donetsk, Luhansk, Zaporizhzhia and Kherson oblasts (marked at their centres): Ukraine, partly occupied by Russia, which claimed to
              annex them in 2022. The occupied areas are not outlined: the front line moves, and no outline of it is bundled.
            </li>
          ) : null}
        </ul>
        <small class="muted">{`Borders: Natural Earth (1:${basemap.resolution}, via world-atlas), with Ukraine in its internationally recognized borders. Scale true at the centre.`}</small>
      </figcaption>
    </figure>
  );
}
