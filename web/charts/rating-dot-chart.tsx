import { scaleLinear } from 'd3-scale';
import type { Locale } from '../../shared/roster/index.js';
import { formatNumber } from '../format/locale-format.js';

/** One group's rating of an item: its mean and 95% interval (null when it has none). */
export interface RatingRow {
  readonly label: string;
  readonly mean: number | null;
  readonly interval: { readonly low: number; readonly high: number } | null;
  readonly flagged: boolean;
}

const width = 560;
const rowHeight = 26;
const margin = { top: 8, right: 40, bottom: 30, left: 150 };

let chartCount = 0;

/**
 * A dot-and-whisker chart drawn as server-side SVG (d3-scale for the axis): one row per group,
 * the mean as a dot and its 95% interval as a whisker on the item's 1–5 scale, a flag after a
 * group that stands clearly apart. Each row has a native `<title>` with its figures; the page
 * gives the same figures as a table.
 */
export function RatingDotChart(props: {
  locale: Locale;
  title: string;
  rows: readonly RatingRow[];
  scale: { readonly min: number; readonly max: number };
}) {
  const { locale, rows, scale } = props;
  chartCount = (chartCount + 1) % 1_000_000;
  const titleId = `rating-${chartCount}`;
  const height = margin.top + margin.bottom + rows.length * rowHeight;
  const x = scaleLinear()
    .domain([scale.min, scale.max])
    .range([margin.left, width - margin.right]);
  const ticks = x.ticks(scale.max - scale.min);
  const clamp = (v: number) => Math.min(scale.max, Math.max(scale.min, v));
  return (
    <svg
      class="chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={titleId}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={titleId}>{props.title}</title>
      {ticks.map((t) => (
        <g>
          <line x1={x(t)} x2={x(t)} y1={margin.top} y2={height - margin.bottom} stroke="#d9dee5" />
          <text x={x(t)} y={height - margin.bottom + 18} text-anchor="middle">
            {formatNumber(locale, t, 0)}
          </text>
        </g>
      ))}
      {rows.map((row, i) => {
        const y = margin.top + i * rowHeight + rowHeight / 2;
        const figures =
          row.mean === null
            ? row.label
            : `${row.label}: ${formatNumber(locale, row.mean)}${
                row.interval
                  ? ` [${formatNumber(locale, row.interval.low)} ; ${formatNumber(locale, row.interval.high)}]`
                  : ''
              }`;
        return (
          <g>
            <title>{figures}</title>
            <text x={margin.left - 8} y={y + 4} text-anchor="end">
              {row.label}
            </text>
            {row.interval && (
              <line
                x1={x(clamp(row.interval.low))}
                x2={x(clamp(row.interval.high))}
                y1={y}
                y2={y}
                stroke="#1d2430"
                stroke-width="2"
              />
            )}
            {row.mean !== null && (
              <circle
                cx={x(clamp(row.mean))}
                cy={y}
                r="5"
                fill={row.flagged ? '#b3261e' : '#0b5cad'}
                stroke="#fff"
              />
            )}
            {row.flagged && (
              <text x={width - margin.right + 8} y={y + 4}>
                ⚑
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
