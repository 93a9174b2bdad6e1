import { scaleLinear, scalePoint } from 'd3-scale';
import { area, line } from 'd3-shape';
import { TableScroll } from '../components/table-scroll.js';

/**
 * One week of a series: an estimate with its interval, or a withheld week (`value` null) that
 * leaves a gap in the line and the band. `title` is the native hover detail, `text` what the
 * table alternative says for the week.
 */
export interface SeriesChartPoint {
  readonly id: string;
  /** Short axis label ("2 nov."). */
  readonly label: string;
  /** The week as people say it, for the table alternative. */
  readonly longLabel: string;
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly title: string;
  readonly text: string;
}

export interface AdvisorSeriesChartProps {
  /** Prefix of the chart's element ids; unique on the page. */
  readonly id: string;
  readonly title: string;
  /** What the chart shows in one sentence (weeks drawn, gaps), read with the title. */
  readonly summary: string;
  readonly points: readonly SeriesChartPoint[];
  /** The scale's range (0–10 for satisfaction); the axis starts below the lowest figure shown. */
  readonly scale: readonly [number, number];
  readonly objective?: { readonly value: number; readonly label: string } | undefined;
  readonly formatTick: (value: number) => string;
  readonly table: { readonly summary: string; readonly weekHeader: string; readonly valueHeader: string };
}

const width = 720;
const height = 300;
const margin = { top: 20, right: 24, bottom: 44, left: 44 };

/** Average advance of one character of the 12 px axis font, on the generous side. */
const charWidth = 7.2;
/** Space kept between two axis labels. */
const labelGap = 8;

/** The width an axis label takes, in the chart's units. */
export function axisLabelWidth(label: string): number {
  return label.length * charWidth;
}

/**
 * The weeks whose date is written under the axis: one every k weeks, k the fewest for which the
 * widest label and a gap fit between two neighbours `step` apart, counted back from the latest
 * week so that it always has its date.
 */
export function labelledWeekIndices(labels: readonly string[], step: number): number[] {
  const widest = Math.max(0, ...labels.map(axisLabelWidth));
  const every = Math.max(1, Math.ceil((widest + labelGap) / Math.max(step, 1)));
  const last = labels.length - 1;
  return labels.map((_, i) => i).filter((i) => (last - i) % every === 0);
}

type Drawn = SeriesChartPoint & { value: number; low: number; high: number };
const isDrawn = (p: SeriesChartPoint): p is Drawn => p.value !== null && p.low !== null && p.high !== null;

/** The value axis: from a whole number below everything drawn (and the objective) to the scale's top. */
function valueDomain(
  points: readonly SeriesChartPoint[],
  scale: readonly [number, number],
  objective?: number,
) {
  const lows = points.filter(isDrawn).map((p) => p.low);
  if (objective !== undefined) lows.push(objective);
  const lowest = lows.length > 0 ? Math.min(...lows) : scale[0];
  return [Math.max(scale[0], Math.floor(lowest - 0.5)), scale[1]] as const;
}

/**
 * A weekly series drawn as server-side SVG with d3-scale and d3-shape: the 95% interval as a band
 * (area) and a whisker per week (an isolated week has no band to draw), the estimate as a line
 * with a dot per week, the objective as a dashed line. A week
 * without enough responses has no dot: it breaks the line and the band, and a pale column the
 * height of the plot marks it (no height, so it reads as no figure, not a low one). Every dot and
 * column has a native `<title>`. Dates are thinned so that no two labels overlap. A `<details>`
 * table gives the same figures without the picture.
 */
export function AdvisorSeriesChart(props: AdvisorSeriesChartProps) {
  const { points, objective } = props;
  const x = scalePoint<string>()
    .domain(points.map((p) => p.id))
    .range([margin.left, width - margin.right])
    .padding(0.5);
  const y = scaleLinear()
    .domain(valueDomain(points, props.scale, objective?.value))
    .range([height - margin.bottom, margin.top]);
  const [bottom, top] = y.range() as [number, number];
  const xOf = (p: SeriesChartPoint) => x(p.id) ?? margin.left;
  const band = area<SeriesChartPoint>()
    .defined(isDrawn)
    .x(xOf)
    .y0((p) => y(p.low ?? 0))
    .y1((p) => y(p.high ?? 0))(points);
  const trace = line<SeriesChartPoint>()
    .defined(isDrawn)
    .x(xOf)
    .y((p) => y(p.value ?? 0))(points);
  const labelled = new Set(
    labelledWeekIndices(
      points.map((p) => p.label),
      x.step(),
    ),
  );
  const gapWidth = Math.min(x.step() * 0.6, 24);
  const titleId = `${props.id}-title`;
  const descId = `${props.id}-desc`;
  return (
    <figure class="series-figure">
      <svg
        class="chart series"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
      >
        <title id={titleId}>{props.title}</title>
        <desc id={descId}>{props.summary}</desc>
        <rect
          x={margin.left}
          y={top}
          width={width - margin.left - margin.right}
          height={bottom - top}
          fill="#ffffff"
          stroke="#d9dee5"
        />
        {y
          .ticks(5)
          .filter(Number.isInteger)
          .map((t) => (
            <g>
              <line x1={margin.left} x2={width - margin.right} y1={y(t)} y2={y(t)} stroke="#eef1f5" />
              <text x={margin.left - 8} y={y(t) + 4} text-anchor="end">
                {props.formatTick(t)}
              </text>
            </g>
          ))}
        {points.map((p) =>
          isDrawn(p) ? null : (
            <g class="gap">
              <title>{p.title}</title>
              <rect
                x={xOf(p) - gapWidth / 2}
                y={top}
                width={gapWidth}
                height={bottom - top}
                fill="#eef1f5"
                stroke="none"
              />
            </g>
          ),
        )}
        {points.map((p, i) =>
          labelled.has(i) ? (
            <text x={xOf(p)} y={bottom + 20} text-anchor="middle">
              {p.label}
            </text>
          ) : null,
        )}
        {band && <path d={band} fill="#9cc3ea" fill-opacity="0.55" stroke="none" />}
        {objective && (
          <g>
            <line
              x1={margin.left}
              x2={width - margin.right}
              y1={y(objective.value)}
              y2={y(objective.value)}
              stroke="#8a4b00"
              stroke-width="1.5"
              stroke-dasharray="6 4"
            />
            <text x={width - margin.right - 4} y={y(objective.value) - 6} text-anchor="end" fill="#6b3a00">
              {objective.label}
            </text>
          </g>
        )}
        {trace && <path d={trace} fill="none" stroke="#0b5cad" stroke-width="2.5" />}
        {points.filter(isDrawn).map((p) => (
          <g>
            <title>{p.title}</title>
            <line x1={xOf(p)} x2={xOf(p)} y1={y(p.low)} y2={y(p.high)} stroke="#0b5cad" stroke-width="1.5" />
            <circle cx={xOf(p)} cy={y(p.value)} r="4.5" fill="#0b5cad" stroke="#ffffff" stroke-width="1.5" />
          </g>
        ))}
      </svg>
      <details>
        <summary>{props.table.summary}</summary>
        <TableScroll label={props.table.summary}>
          <table>
            <thead>
              <tr>
                <th scope="col">{props.table.weekHeader}</th>
                <th scope="col">{props.table.valueHeader}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr>
                  <th scope="row">{p.longLabel}</th>
                  <td>{p.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </figure>
  );
}
