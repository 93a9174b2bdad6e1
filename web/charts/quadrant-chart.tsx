import { scaleLinear } from 'd3-scale';
import type { Locale } from '../../shared/roster/index.js';
import { TableScroll } from '../components/table-scroll.js';
import { formatInterval, formatNumber } from '../format/locale-format.js';

/** One team (or group) on the symmetry quadrant, each axis with its 95% interval. */
export interface QuadrantPoint {
  readonly id: string;
  readonly label: string;
  readonly x: { readonly value: number; readonly low: number; readonly high: number };
  readonly y: { readonly value: number; readonly low: number; readonly high: number };
  readonly highlighted?: boolean;
  readonly href?: string;
  readonly detail?: string;
}

export interface QuadrantChartProps {
  locale: Locale;
  title: string;
  xLabel: string;
  yLabel: string;
  points: readonly QuadrantPoint[];
  thresholds: { x: number; y: number } | null;
  quadrantNames: { topRight: string; topLeft: string; bottomRight: string; bottomLeft: string };
}

const width = 640;
const height = 440;
const margin = { top: 28, right: 24, bottom: 56, left: 64 };

let chartCount = 0;

/** A padded, rounded domain covering every value given (a single value gets a unit of room). */
function fittedDomain(values: readonly number[]): [number, number] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return [0, 1];
  let low = Math.min(...finite);
  let high = Math.max(...finite);
  const pad = high > low ? (high - low) * 0.08 : 1;
  low -= pad;
  high += pad;
  const scale = scaleLinear().domain([low, high]).nice();
  const [a, b] = scale.domain() as [number, number];
  return [a, b];
}

/**
 * The symmetry quadrant drawn as server-side SVG: customer satisfaction across, advisor
 * wellbeing up, the centre's thresholds as cross-hairs, each point with whiskers for its two
 * intervals and a native `<title>` with its figures. Axes fit the points, their intervals and
 * the thresholds. A `<details>` table below gives the same figures to screen readers.
 */
export function QuadrantChart(props: QuadrantChartProps) {
  const figuresSummary = props.locale === 'fr' ? 'Les chiffres du graphique' : 'The chart’s figures';
  const { locale, points, thresholds } = props;
  chartCount = (chartCount + 1) % 1_000_000;
  const idBase = `quadrant-${chartCount}`;
  const xValues = points.flatMap((p) => [p.x.low, p.x.high, p.x.value]);
  const yValues = points.flatMap((p) => [p.y.low, p.y.high, p.y.value]);
  if (thresholds) {
    xValues.push(thresholds.x);
    yValues.push(thresholds.y);
  }
  const x = scaleLinear()
    .domain(fittedDomain(xValues))
    .range([margin.left, width - margin.right]);
  const y = scaleLinear()
    .domain(fittedDomain(yValues))
    .range([height - margin.bottom, margin.top]);
  const [left, right] = x.range() as [number, number];
  const [bottom, top] = y.range() as [number, number];
  const cx = thresholds ? x(thresholds.x) : (left + right) / 2;
  const cy = thresholds ? y(thresholds.y) : (top + bottom) / 2;
  const fmt = (v: number) => formatNumber(locale, v, 1);
  const describe = (p: QuadrantPoint) =>
    `${p.label}: ${props.xLabel} ${fmt(p.x.value)} ${formatInterval(locale, p.x.low, p.x.high)}, ${props.yLabel} ${fmt(p.y.value)} ${formatInterval(locale, p.y.low, p.y.high)}${p.detail ? `. ${p.detail}` : ''}`;
  return (
    <figure class="quadrant-figure">
      <svg
        class="chart quadrant"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${idBase}-title ${idBase}-desc`}
      >
        <title id={`${idBase}-title`}>{props.title}</title>
        <desc id={`${idBase}-desc`}>{points.map(describe).join('. ')}</desc>
        <rect x={left} y={top} width={right - left} height={bottom - top} fill="#ffffff" stroke="#d9dee5" />
        {thresholds && (
          <g>
            <rect x={cx} y={top} width={right - cx} height={cy - top} fill="#e5f4ea" opacity="0.6" />
            <rect x={left} y={cy} width={cx - left} height={bottom - cy} fill="#fbe4e2" opacity="0.6" />
            <line x1={cx} x2={cx} y1={top} y2={bottom} stroke="#5b6575" stroke-dasharray="4 4" />
            <line x1={left} x2={right} y1={cy} y2={cy} stroke="#5b6575" stroke-dasharray="4 4" />
          </g>
        )}
        <g>
          <text x={right - 6} y={top + 16} text-anchor="end">
            {props.quadrantNames.topRight}
          </text>
          <text x={left + 6} y={top + 16}>
            {props.quadrantNames.topLeft}
          </text>
          <text x={right - 6} y={bottom - 8} text-anchor="end">
            {props.quadrantNames.bottomRight}
          </text>
          <text x={left + 6} y={bottom - 8}>
            {props.quadrantNames.bottomLeft}
          </text>
        </g>
        <g>
          {x.ticks(6).map((t) => (
            <g>
              <line x1={x(t)} x2={x(t)} y1={bottom} y2={bottom + 5} stroke="#5b6575" />
              <text x={x(t)} y={bottom + 18} text-anchor="middle">
                {formatNumber(locale, t, Number.isInteger(t) ? 0 : 1)}
              </text>
            </g>
          ))}
          {y.ticks(6).map((t) => (
            <g>
              <line x1={left - 5} x2={left} y1={y(t)} y2={y(t)} stroke="#5b6575" />
              <text x={left - 8} y={y(t) + 4} text-anchor="end">
                {formatNumber(locale, t, Number.isInteger(t) ? 0 : 1)}
              </text>
            </g>
          ))}
          <text x={(left + right) / 2} y={height - 12} text-anchor="middle">
            {props.xLabel}
          </text>
          <text
            x={16}
            y={(top + bottom) / 2}
            text-anchor="middle"
            transform={`rotate(-90 16 ${(top + bottom) / 2})`}
          >
            {props.yLabel}
          </text>
        </g>
        {points.map((p) => {
          const px = x(p.x.value);
          const py = y(p.y.value);
          const mark = (
            <g>
              <title>{describe(p)}</title>
              <line x1={x(p.x.low)} x2={x(p.x.high)} y1={py} y2={py} stroke="#1d2430" stroke-width="1.5" />
              <line x1={px} x2={px} y1={y(p.y.low)} y2={y(p.y.high)} stroke="#1d2430" stroke-width="1.5" />
              <circle
                class={p.highlighted ? 'point highlighted' : 'point'}
                cx={px}
                cy={py}
                r={p.highlighted ? 7 : 5}
              />
              {p.highlighted && (
                <text x={px + 10} y={py - 10}>
                  {p.label}
                </text>
              )}
            </g>
          );
          return p.href ? (
            <a href={p.href} aria-label={p.label}>
              {mark}
            </a>
          ) : (
            mark
          );
        })}
      </svg>
      <details class="quadrant-figures">
        <summary>{figuresSummary}</summary>
        <TableScroll label={figuresSummary}>
          <table>
            <thead>
              <tr>
                <th scope="col">{locale === 'fr' ? 'Équipe' : 'Team'}</th>
                <th scope="col" class="num">
                  {props.xLabel}
                </th>
                <th scope="col" class="num">
                  {props.yLabel}
                </th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr>
                  <th scope="row">{p.href ? <a href={p.href}>{p.label}</a> : p.label}</th>
                  <td class="num">{`${fmt(p.x.value)} ${formatInterval(locale, p.x.low, p.x.high)}`}</td>
                  <td class="num">{`${fmt(p.y.value)} ${formatInterval(locale, p.y.low, p.y.high)}`}</td>
                </tr>
              ))}
              {thresholds && (
                <tr>
                  <th scope="row">
                    {locale === 'fr' ? 'Seuils du centre (médianes)' : 'Centre thresholds (medians)'}
                  </th>
                  <td class="num">{fmt(thresholds.x)}</td>
                  <td class="num">{fmt(thresholds.y)}</td>
                </tr>
              )}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </figure>
  );
}
