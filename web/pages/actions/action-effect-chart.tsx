import { scaleBand, scaleLinear } from 'd3-scale';
import type { ActionEffect, ActionSide } from '../../../shared/analytics/action-effect.js';
import { actionSides } from '../../../shared/analytics/action-effect.js';
import type { Locale } from '../../../shared/roster/index.js';
import { formatInterval, formatNumber } from '../../format/locale-format.js';
import { actionsMessages } from './actions-messages.js';

const width = 360;
const height = 170;
const margin = { top: 12, right: 12, bottom: 40, left: 40 };

let chartCount = 0;

/**
 * Before/after means of both sides of one action, each with its 95% interval as a whisker,
 * drawn on the server (d3-scale, no script). Sides that are not estimated yet are left out;
 * the chart is absent when neither is.
 */
export function ActionEffectChart(props: { locale: Locale; effect: ActionEffect }) {
  const t = actionsMessages[props.locale];
  const shown = actionSides.flatMap((side) => {
    const e = props.effect[side];
    return e.state === 'estimated' ? [{ side, e }] : [];
  });
  if (shown.length === 0) return null;
  const values = shown.flatMap(({ e }) => [e.before.low, e.before.high, e.after.low, e.after.high]);
  const y = scaleLinear()
    .domain([Math.max(0, Math.min(...values) - 2), Math.min(100, Math.max(...values) + 2)])
    .nice()
    .range([height - margin.bottom, margin.top]);
  const x = scaleBand<ActionSide>()
    .domain(shown.map((s) => s.side))
    .range([margin.left, width - margin.right])
    .padding(0.25);
  const id = `action-effect-${++chartCount}`;
  const bandwidth = x.bandwidth();
  return (
    <svg
      class="chart action-effect-chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
    >
      <title id={`${id}-title`}>{t.chartTitle}</title>
      <desc id={`${id}-desc`}>{t.chartDescription}</desc>
      {y.ticks(4).map((tick) => (
        <g>
          <line class="grid" x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} />
          <text x={margin.left - 6} y={y(tick) + 4} text-anchor="end">
            {formatNumber(props.locale, tick, 0)}
          </text>
        </g>
      ))}
      {shown.map(({ side, e }) => {
        const left = x(side) ?? 0;
        const points = [
          { key: 'before', label: t.before, w: e.before, cx: left + bandwidth * 0.3 },
          { key: 'after', label: t.after, w: e.after, cx: left + bandwidth * 0.7 },
        ];
        return (
          <g class={`side side-${side}`}>
            {points.map((p) => (
              <g class={`window window-${p.key}`}>
                <title>
                  {t.window(
                    `${t.sides[side]}, ${p.label.toLowerCase()}`,
                    formatNumber(props.locale, p.w.mean),
                    formatInterval(props.locale, p.w.low, p.w.high),
                    p.w.weeks.length,
                    p.w.answers,
                  )}
                </title>
                <line class="whisker" x1={p.cx} x2={p.cx} y1={y(p.w.low)} y2={y(p.w.high)} />
                <line class="whisker" x1={p.cx - 5} x2={p.cx + 5} y1={y(p.w.low)} y2={y(p.w.low)} />
                <line class="whisker" x1={p.cx - 5} x2={p.cx + 5} y1={y(p.w.high)} y2={y(p.w.high)} />
                <circle cx={p.cx} cy={y(p.w.mean)} r={4} />
                <text x={p.cx} y={height - margin.bottom + 14} text-anchor="middle">
                  {p.label}
                </text>
              </g>
            ))}
            <line
              class="link"
              x1={left + bandwidth * 0.3}
              x2={left + bandwidth * 0.7}
              y1={y(e.before.mean)}
              y2={y(e.after.mean)}
            />
            <text x={left + bandwidth / 2} y={height - 6} text-anchor="middle" class="side-name">
              {t.sides[side]}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
