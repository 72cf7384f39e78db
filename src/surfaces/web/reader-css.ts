/**
 * @module surfaces/web/reader-css
 *
 * The reader's one stylesheet, served from `/static/reader.css`: the CSP
 * (`style-src 'self'`) forbids `<style>` blocks and `style=` attributes.
 * Layer toggling is pure CSS, as no script may run: each layer owns a
 * palette slot, its spans carry the slot's class, and a rule such as
 * `body:has(#layer-3:checked) .l3` colours them while its checkbox is
 * ticked. The class and id names are built by the functions below, which
 * the pages use too, so markup and rules cannot drift apart.
 */

/** Even and odd shade of each slot: adjacent spans of one layer (sentences above all) stay apart. */
const PALETTE: ReadonlyArray<readonly [even: string, odd: string]> = [
  ['#fff1a8', '#ffe270'],
  ['#c7e4ff', '#9fd0ff'],
  ['#cff2c9', '#a8e69e'],
  ['#ffd3de', '#ffb1c5'],
  ['#e3d8ff', '#cbb9ff'],
  ['#ffdcbc', '#ffc48f'],
  ['#c4efeb', '#98e3dc'],
  ['#eedcc9', '#dfc3a6'],
  ['#def0a2', '#cbe46f'],
  ['#f4cdf4', '#e9a9e9'],
  ['#d5dce8', '#bac5d6'],
  ['#ffcdc4', '#ffab9c'],
];

export const PALETTE_SIZE = PALETTE.length;
export const STYLESHEET_PATH = '/static/reader.css';

export const layerClass = (slot: number) => `l${slot}`;
/** Marks a segment that lies in an odd-numbered span of the layer, for the second shade. */
export const oddSpanClass = (slot: number) => `o${slot}`;
export const swatchClass = (slot: number) => `s${slot}`;
export const layerToggleId = (slot: number) => `layer-${slot}`;
/** Marks a segment in a span of one variant of its layer (a direct quote), styled apart while the layer is ticked. */
export const variantClass = (slot: number, variant: SpanVariant) => `l${slot}-${variant}`;

/**
 * How the variants of a span look on top of their layer's colour: a direct quote (the speaker's words)
 * underlined solid, a reported one dotted and in italics. Later entries win where two overlap, so the
 * direct quote inside a reported clause shows as direct. Only these names become classes.
 */
const VARIANT_STYLES = {
  indirect: 'text-decoration: underline dotted 2px; text-underline-offset: .2em; font-style: italic;',
  direct: 'text-decoration: underline solid 2px; text-underline-offset: .2em; font-style: normal;',
} as const;
export type SpanVariant = keyof typeof VARIANT_STYLES;
export const isSpanVariant = (value: string | undefined): value is SpanVariant => value !== undefined && Object.hasOwn(VARIANT_STYLES, value);

const SYSTEM_FONTS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const MONOSPACE_FONTS = 'ui-monospace, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace';

const BASE = `
:root { color-scheme: light; --fg: #1d1d1f; --muted: #5f6368; --line: #dcdce1; --accent: #0b57d0; --panel: #f6f6f8; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 ${SYSTEM_FONTS}; color: var(--fg); background: #fff; }
a { color: var(--accent); }
code, .mono { font-family: ${MONOSPACE_FONTS}; font-size: .9em; }
header.site { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; align-items: center; padding: .6rem 1.25rem; background: var(--panel); border-bottom: 1px solid var(--line); }
header.site .brand { font-weight: 700; color: inherit; text-decoration: none; letter-spacing: .02em; }
header.site nav { display: flex; gap: 1rem; }
header.site form { margin-left: auto; display: flex; gap: .4rem; }
main { max-width: 64rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
footer.site { max-width: 64rem; margin: 0 auto; padding: 1rem 1.25rem 2rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line); }
h1 { font-size: 1.6rem; line-height: 1.25; margin: .5rem 0 1rem; overflow-wrap: anywhere; }
h2 { font-size: 1.15rem; margin: 1.75rem 0 .5rem; }
.twin { float: right; margin: .6rem 0 0 1rem; font-size: .85rem; font-family: ${MONOSPACE_FONTS}; }
.muted { color: var(--muted); }
.notice-error { border: 1px solid #e3a3a3; background: #fff1f1; color: #7d1f1f; padding: .5rem .75rem; border-radius: .3rem; }
form.filters { display: flex; flex-wrap: wrap; gap: .75rem; align-items: flex-end; margin: 0 0 1rem; padding: .75rem; background: var(--panel); border-radius: .4rem; }
form.filters label { display: flex; flex-direction: column; gap: .15rem; font-size: .8rem; color: var(--muted); }
input, select, button { font: inherit; font-size: .95rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
th { font-size: .8rem; font-weight: 600; color: var(--muted); }
.badge { display: inline-block; margin-left: .4rem; padding: 0 .45rem; border-radius: .7rem; font-size: .75rem; background: #fde6c4; color: #774600; white-space: nowrap; }
.pager { display: flex; gap: 1rem; align-items: center; margin: 1rem 0; }
ol.hits { padding-left: 1.5rem; }
ol.hits li { margin-bottom: 1rem; }
.snippet { margin: .2rem 0 0; overflow-wrap: anywhere; }
.snippet mark { background: #ffe270; padding: 0 .1em; }
.provenance { margin-left: .5rem; color: var(--muted); font-size: .8rem; }
table.meta th { width: 8rem; }
fieldset.layers { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: .35rem 1.1rem; margin: 1rem 0; padding: .5rem .75rem; background: #fff; border: 1px solid var(--line); border-radius: .4rem; }
fieldset.layers legend { font-size: .8rem; color: var(--muted); padding: 0 .3rem; }
fieldset.layers label { display: inline-flex; align-items: center; gap: .3rem; white-space: nowrap; }
fieldset.layers label:has(input:disabled) { color: var(--muted); }
.swatch { display: inline-block; width: .85rem; height: .85rem; border-radius: .2rem; border: 1px solid rgba(0, 0, 0, .15); }
.count { color: var(--muted); font-size: .8rem; font-variant-numeric: tabular-nums; }
.article-text { white-space: pre-wrap; overflow-wrap: anywhere; max-width: 44rem; font-size: 1.05rem; line-height: 1.7; }
.article-text span[title] { cursor: help; border-radius: .15rem; }
.article-text .anchor { scroll-margin-top: 5rem; }
.article-text .anchor:target + span, .article-text .anchor:target + .anchor + span { outline: 2px solid var(--accent); outline-offset: 1px; }
ol.voices .quote-text { margin: .2rem 0 0; }
ol.voices .kind { font-size: .75rem; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; margin-right: .4rem; }
figure.place-map { margin: 1rem 0 1.5rem; }
figure.place-map.compact { max-width: 42rem; }
svg.map { display: block; width: 100%; height: auto; border: 1px solid var(--line); border-radius: .3rem; font-family: ${SYSTEM_FONTS}; }
.map .sea { fill: #d9e6ef; }
.map .land { fill: #ebe9e3; }
.map .land.russia { fill: #dfd9cf; }
.map .land.ukraine, .map .hatch-ground { fill: #fffdf5; }
.map .hatch-line { stroke: #c1533d; stroke-width: 1.5; }
.map .borders { fill: none; stroke: #8d8a86; stroke-width: .7; stroke-linejoin: round; }
.map .ukraine-outline { fill: none; stroke: #4d4b48; stroke-width: 1.1; stroke-linejoin: round; }
.map .place { fill: #d2392f; fill-opacity: .55; stroke: #8a1a13; stroke-width: .9; }
.map a:hover .place, .map a:focus-visible .place { fill-opacity: .9; stroke: #000; stroke-width: 2; }
.map text { fill: #1d1d1f; paint-order: stroke; stroke: #fffdf5; stroke-width: 3px; stroke-linejoin: round; }
.map .label-major { font-size: 14px; font-weight: 700; }
.map .label-place { font-size: 12px; font-weight: 600; }
.map .label-country { font-size: 12px; font-weight: 600; letter-spacing: .16em; fill: #8a857d; stroke: none; }
.map .label-region { font-size: 11px; font-style: italic; fill: #8f3a28; stroke-width: 2.5px; }
.map .label-sea { font-size: 12px; font-style: italic; letter-spacing: .05em; fill: #5f8199; stroke: none; }
.map .place-labels a { text-decoration: none; }
.map .scale-line { fill: none; stroke: #333; stroke-width: 1.2; }
.map .scale-text { font-size: 11px; stroke-width: 2.5px; }
.map-legend { list-style: none; display: flex; flex-wrap: wrap; gap: .3rem 1.5rem; margin: .5rem 0 .3rem; padding: 0; font-size: .85rem; }
.map-legend li { display: flex; align-items: center; gap: .45rem; }
.legend-circle { display: inline-block; width: .9rem; height: .9rem; border-radius: 50%; background: rgba(210, 57, 47, .55); border: 1px solid #8a1a13; }
.legend-occupied { display: inline-block; width: 1.3rem; height: .9rem; border: 1px solid #8d8a86; background: repeating-linear-gradient(45deg, #fffdf5 0 3px, #c1533d 3px 4.5px); }
.legend-claimed { display: inline-block; width: .8rem; height: .8rem; margin: 0 .25rem; transform: rotate(45deg); border: 1px solid #8d8a86; background: repeating-linear-gradient(45deg, #fffdf5 0 3px, #c1533d 3px 4.5px); }
.map .claimed-oblast { stroke: #8d8a86; stroke-width: .8; }
figure.place-map figcaption small { display: block; font-size: .78rem; }
table.places th, table.places td:not(:first-child) { white-space: nowrap; overflow-wrap: normal; }
.article-places { line-height: 1.9; }
.breadcrumb { margin: 0 0 .75rem; }
figure.timeline-chart { margin: 1rem 0 .5rem; overflow-x: auto; }
svg.timeline { display: block; max-width: 100%; height: auto; font-family: ${SYSTEM_FONTS}; }
.timeline .baseline { stroke: #8d8a86; stroke-width: 1; }
.timeline .bar { fill: #0b57d0; fill-opacity: .75; }
.timeline a:hover .bar, .timeline a:focus-visible .bar { fill-opacity: 1; stroke: #000; stroke-width: 1.5; }
.timeline .bar-count { font-size: 11px; fill: #1d1d1f; }
.timeline .bar-label { font-size: 11px; fill: #5f6368; }
table.timeline-buckets { width: auto; min-width: 20rem; }
table.timeline-buckets td:not(:first-child), table.timeline-buckets th:not(:first-child) { text-align: right; font-variant-numeric: tabular-nums; }
.timeline-times h3 { font-size: 1rem; margin: 1.25rem 0 .4rem; }
.twin-inline { margin-left: .75rem; font-size: .85rem; font-family: ${MONOSPACE_FONTS}; }
`;

/**
 * All toggle rules have the same specificity, so where the spans of two
 * ticked layers overlap the later slot wins: sentences, which cover the
 * whole text, come first and stay underneath the finer layers.
 */
function slotRules(slot: number, [even, odd]: readonly [string, string]): string {
  const ticked = `body:has(#${layerToggleId(slot)}:checked)`;
  return [
    `.${swatchClass(slot)} { background-color: ${even}; }`,
    `${ticked} .${layerClass(slot)} { background-color: ${even}; }`,
    `${ticked} .${oddSpanClass(slot)} { background-color: ${odd}; }`,
    ...Object.entries(VARIANT_STYLES).map(([variant, style]) => `${ticked} .${variantClass(slot, variant as SpanVariant)} { ${style} }`),
  ].join('\n');
}

export const READER_CSS = [BASE.trim(), ...PALETTE.map((shades, slot) => slotRules(slot, shades))].join('\n') + '\n';
