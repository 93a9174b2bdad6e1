import { scaleLinear, scalePoint } from 'd3-scale';
import { area, line } from 'd3-shape';
import type { Locale } from '../../shared/roster/index.js';
import { TableScroll } from '../components/table-scroll.js';
import { formatInterval, formatNumber, formatWeek, formatWeekShort } from '../format/locale-format.js';

/** One week of a series: its value with a 95% interval, or null when the week is hidden. */
export interface SeriesPoint {
  readonly week: string;
  readonly value: number | null;
  readonly low?: number | null;
  readonly high?: number | null;
  /** Said on hover and in the table, e.g. the answers behind the figure or why it is hidden. */
  readonly detail?: string;
}

export interface TimeSeriesChartProps {
  locale: Locale;
  /** The chart's accessible name. */
  title: string;
  /** A sentence summing the chart up for screen readers. */
  description: string;
  /** What the values are, e.g. "Wellbeing (index 0–100)". */
  valueLabel: string;
  points: readonly SeriesPoint[];
  /** Said in the table for a hidden week. */
  hiddenLabel: string;
  /** Line and band colour. */
  color?: string;
  /** Vertical markers on weeks (e.g. a manager's actions), each with its hover title. */
  markers?: readonly { week: string; label: string }[];
  /** Headers of the figures table: the week column and the interval column. */
  columns: { week: string; value: string; interval: string };
  /** The `<details>` summary. */
  tableSummary: string;
}

const width = 720;
const height = 260;
const margin = { top: 16, right: 20, bottom: 36, left: 52 };

let chartCount = 0;

type Defined = SeriesPoint & { value: number };

function yDomain(points: readonly SeriesPoint[]): [number, number] {
  const values = points.flatMap((p) =>
    [p.value, p.low, p.high].filter((v): v is number => typeof v === 'number' && Number.isFinite(v)),
  );
  if (values.length === 0) return [0, 100];
  const low = Math.min(...values);
  const high = Math.max(...values);
  const pad = high > low ? (high - low) * 0.1 : 2;
  const [a, b] = scaleLinear()
    .domain([low - pad, high + pad])
    .nice()
    .domain() as [number, number];
  return [a, b];
}

/**
 * A weekly series as server-side SVG: the line of the values over the band of their 95%
 * intervals (d3-shape), a gap wherever a week is hidden, weeks across as their Mondays in the
 * person's locale, optional vertical markers, a native `<title>` on every week, and a
 * `<details>` table with the same figures for screen readers.
 */
export function TimeSeriesChart(props: TimeSeriesChartProps) {
  const { locale, points } = props;
  const color = props.color ?? '#0b5cad';
  chartCount = (chartCount + 1) % 1_000_000;
  const idBase = `series-${chartCount}`;
  const x = scalePoint<string>()
    .domain(points.map((p) => p.week))
    .range([margin.left, width - margin.right])
    .padding(0.3);
  const y = scaleLinear()
    .domain(yDomain(points))
    .range([height - margin.bottom, margin.top]);
  const [bottom, top] = y.range() as [number, number];
  const xOf = (week: string) => x(week) ?? margin.left;
  const shown = (p: SeriesPoint): p is Defined => p.value !== null && Number.isFinite(p.value);
  const withBand = (p: SeriesPoint) => shown(p) && typeof p.low === 'number' && typeof p.high === 'number';
  const linePath = line<SeriesPoint>()
    .defined(shown)
    .x((p) => xOf(p.week))
    .y((p) => y(p.value ?? 0))(points);
  const bandPath = area<SeriesPoint>()
    .defined(withBand)
    .x((p) => xOf(p.week))
    .y0((p) => y(p.low ?? 0))
    .y1((p) => y(p.high ?? 0))(points);
  const every = Math.max(1, Math.ceil(points.length / 7));
  const fmt = (v: number) => formatNumber(locale, v, 1);
  const weekText = (p: SeriesPoint) =>
    shown(p)
      ? `${formatWeek(locale, p.week)}: ${fmt(p.value)}${
          typeof p.low === 'number' && typeof p.high === 'number'
            ? ` ${formatInterval(locale, p.low, p.high)}`
            : ''
        }${p.detail ? ` (${p.detail})` : ''}`
      : `${formatWeek(locale, p.week)}: ${p.detail ?? props.hiddenLabel}`;
  return (
    <figure class="series-figure">
      <svg
        class="chart series"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${idBase}-title ${idBase}-desc`}
      >
        <title id={`${idBase}-title`}>{props.title}</title>
        <desc id={`${idBase}-desc`}>{props.description}</desc>
        <g>
          {y.ticks(5).map((t) => (
            <g>
              <line x1={margin.left} x2={width - margin.right} y1={y(t)} y2={y(t)} stroke="#e3e7ec" />
              <text x={margin.left - 8} y={y(t) + 4} text-anchor="end">
                {formatNumber(locale, t, Number.isInteger(t) ? 0 : 1)}
              </text>
            </g>
          ))}
          {points.map((p, i) =>
            i % every === 0 ? (
              <text x={xOf(p.week)} y={bottom + 20} text-anchor="middle">
                {formatWeekShort(locale, p.week)}
              </text>
            ) : null,
          )}
          <line x1={margin.left} x2={width - margin.right} y1={bottom} y2={bottom} stroke="#5b6575" />
        </g>
        {bandPath && <path d={bandPath} fill={color} opacity="0.18" />}
        {linePath && <path d={linePath} fill="none" stroke={color} stroke-width="2" />}
        {points.map((p) =>
          shown(p) ? (
            <circle cx={xOf(p.week)} cy={y(p.value)} r="3.5" fill={color}>
              <title>{weekText(p)}</title>
            </circle>
          ) : (
            <g>
              <title>{weekText(p)}</title>
              <line
                x1={xOf(p.week)}
                x2={xOf(p.week)}
                y1={bottom - 6}
                y2={bottom}
                stroke="#8a94a6"
                stroke-width="2"
              />
            </g>
          ),
        )}
        {(props.markers ?? []).map((m) =>
          x(m.week) === undefined ? null : (
            <g>
              <title>{`${formatWeek(locale, m.week)}: ${m.label}`}</title>
              <line
                x1={xOf(m.week)}
                x2={xOf(m.week)}
                y1={top}
                y2={bottom}
                stroke="#b3261e"
                stroke-dasharray="3 3"
              />
            </g>
          ),
        )}
      </svg>
      <details>
        <summary>{props.tableSummary}</summary>
        <TableScroll label={props.tableSummary}>
          <table>
            <thead>
              <tr>
                <th scope="col">{props.columns.week}</th>
                <th scope="col" class="num">
                  {props.columns.value}
                </th>
                <th scope="col" class="num">
                  {props.columns.interval}
                </th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr>
                  <th scope="row">{formatWeek(locale, p.week)}</th>
                  {shown(p) ? (
                    <>
                      <td class="num">{fmt(p.value)}</td>
                      <td class="num">
                        {typeof p.low === 'number' && typeof p.high === 'number'
                          ? formatInterval(locale, p.low, p.high)
                          : ''}
                        {p.detail ? ` (${p.detail})` : ''}
                      </td>
                    </>
                  ) : (
                    <td colspan={2} class="hidden-figure">
                      {p.detail ?? props.hiddenLabel}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </figure>
  );
}
