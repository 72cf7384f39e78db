/**
 * @module surfaces/web/components/timeline-chart
 *
 * The timeline's bars, drawn on the server as inline SVG: the stylesheet
 * policy forbids `style=` attributes, so heights are SVG geometry, not CSS.
 * Each bar with something in it is a link one level down; its `<title>` is
 * the hover and the link's name. An empty slot keeps its place and its
 * label on the baseline, so a gap reads as a gap.
 */
import type { TimelineBucket } from '../../../store/store.js';
import { barLabel, periodWords } from '../periods.js';

export interface TimelineChartProps {
  slots: TimelineBucket[];
  /** Where a bar leads: the timeline of its period. */
  hrefOf: (value: string) => string;
  label: string;
}

const PLOT_HEIGHT = 180;
const TOP = 18;
const BOTTOM = 22;
/** Wide enough for "2024" under a bar; narrow enough that 31 days fit the page. */
const MAX_SLOT = 64;
const MIN_SLOT = 22;
const PAGE_WIDTH = 960;

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

export function TimelineChart({ slots, hrefOf, label }: TimelineChartProps) {
  const slot = Math.max(MIN_SLOT, Math.min(MAX_SLOT, Math.floor(PAGE_WIDTH / Math.max(slots.length, 1))));
  const width = slot * slots.length;
  const height = TOP + PLOT_HEIGHT + BOTTOM;
  const max = Math.max(1, ...slots.map((s) => s.mentions));
  const bar = Math.round(slot * 0.72);
  return (
    <figure class="timeline-chart">
      <svg class="timeline" viewBox={`0 0 ${width} ${height}`} width={width} height={height} aria-label={label}>
        <title>{label}</title>
        <line class="baseline" x1={0} y1={TOP + PLOT_HEIGHT} x2={width} y2={TOP + PLOT_HEIGHT} />
        {slots.map((s, i) => {
          const x = i * slot + (slot - bar) / 2;
          const middle = i * slot + slot / 2;
          // A bar of one mention among thousands is still seen.
          const h = s.mentions === 0 ? 0 : Math.max(2, Math.round((s.mentions / max) * PLOT_HEIGHT));
          const caption = s.mentions === 0 ? `${periodWords(s.value)}: no time` : `${periodWords(s.value)}: ${plural(s.mentions, 'time')} in ${plural(s.articles, 'article')}`;
          const name = <text class="bar-label" x={middle} y={height - 6} text-anchor="middle">{barLabel(s.value)}</text>;
          if (s.mentions === 0) {
            return (
              <g class="slot empty">
                <title>{caption}</title>
                {name}
              </g>
            );
          }
          return (
            <a href={hrefOf(s.value)}>
              <title>{caption}</title>
              <rect class="bar" x={x} y={TOP + PLOT_HEIGHT - h} width={bar} height={h} />
              <text class="bar-count" x={middle} y={TOP + PLOT_HEIGHT - h - 4} text-anchor="middle">{String(s.mentions)}</text>
              {name}
            </a>
          );
        })}
      </svg>
    </figure>
  );
}
