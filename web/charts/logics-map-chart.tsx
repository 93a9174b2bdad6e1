import { scaleLinear } from 'd3-scale';
import { schemeDark2 } from 'd3-scale-chromatic';
import { curveLinearClosed, line } from 'd3-shape';
import type { LogicsMap } from '../../shared/logics/logics-month.js';
import type { WaysOfWorkingItem } from '../../shared/logics/ways-of-working-module.js';
import { shortItemWording } from '../../shared/logics/ways-of-working-short-wording.js';
import type { Locale } from '../../shared/roster/index.js';
import { styleSheet } from '../components/style-sheet.js';
import { TableScroll } from '../components/table-scroll.js';
import { formatNumber, formatPercent } from '../format/locale-format.js';
import { logicsMapMessages } from './logics-map-messages.js';

type Loading = LogicsMap['loadings'][number];

/** The chart’s size in SVG units. */
export const logicsMapSize = { width: 640, height: 480 } as const;
/** The plot area inside the chart, in SVG units (exported as `logicsMapPlot`). */
const plot = { left: 44, right: logicsMapSize.width - 16, top: 16, bottom: logicsMapSize.height - 44 };

export { plot as logicsMapPlot };

/** Room left around the drawn extent, as a share of its span on each side. */
const padding = 0.12;
/** The longest arrow reaches this share of the ellipses' smaller reach from the origin. */
const arrowReach = 0.8;

let chartCount = 0;

/** The `count` items that weigh most on the two axes (longest (x, y)), longest first. */
export function topLoadings(loadings: readonly Loading[], count = 5): Loading[] {
  return loadings
    .filter((l) => Math.hypot(l.x, l.y) > 0)
    .sort((a, b) => Math.hypot(b.x, b.y) - Math.hypot(a.x, a.y))
    .slice(0, count);
}

/**
 * Where the map's things go: one scale for both axes (a unit is as long across as up, so the
 * ellipses' shapes and the arrows' directions are true), fitting the ellipses, the origin and
 * the arrows, the arrows scaled so the longest reaches 80% of the ellipses' smaller reach.
 */
function layout(map: LogicsMap, arrows: readonly Loading[]) {
  const xs = [0, ...map.logics.flatMap((l) => [l.centroid.x - l.spread.sdX, l.centroid.x + l.spread.sdX])];
  const ys = [0, ...map.logics.flatMap((l) => [l.centroid.y - l.spread.sdY, l.centroid.y + l.spread.sdY])];
  const reach = Math.min(Math.max(...xs.map(Math.abs)), Math.max(...ys.map(Math.abs)));
  const longest = Math.max(0, ...arrows.map((a) => Math.hypot(a.x, a.y)));
  const arrowScale = longest > 0 && reach > 0 ? (arrowReach * reach) / longest : 0;
  for (const a of arrows) {
    xs.push(a.x * arrowScale);
    ys.push(a.y * arrowScale);
  }
  const spanOf = (values: number[]) => {
    const low = Math.min(...values);
    const high = Math.max(...values);
    const span = high - low || 1;
    return { middle: (low + high) / 2, span: span * (1 + 2 * padding) };
  };
  const fx = spanOf(xs);
  const fy = spanOf(ys);
  const unit = Math.min((plot.right - plot.left) / fx.span, (plot.bottom - plot.top) / fy.span);
  const halfX = (plot.right - plot.left) / unit / 2;
  const halfY = (plot.bottom - plot.top) / unit / 2;
  const x = scaleLinear()
    .domain([fx.middle - halfX, fx.middle + halfX])
    .range([plot.left, plot.right]);
  const y = scaleLinear()
    .domain([fy.middle - halfY, fy.middle + halfY])
    .range([plot.bottom, plot.top]);
  return { x, y, unit, arrowScale };
}

const arrowHead = line<[number, number]>().curve(curveLinearClosed);
/** Height of a label line, in SVG units: labels on the same side keep at least this apart. */
const labelGap = 14;
/** The width of one character of an item's label (italic, the chart's font size), in viewBox units. */
const labelCharWidth = 6.2;

/**
 * Each arrow's tip, head and label position in pixels. A label sits just past its tip, on the
 * side the arrow points to; a label that would overlap one placed before on the same side is
 * moved along, away from the axis, until it does not.
 */
/**
 * Where an arrow's label stands: beside the tip, away from the origin (`dx`: the arrow's
 * horizontal direction), turned back beside the tip when its `width` would leave the chart.
 */
export function labelBesideTip(
  tipX: number,
  dx: number,
  width: number,
): { anchor: 'start' | 'end'; labelX: number } {
  let anchor: 'start' | 'end' = dx >= 0 ? 'start' : 'end';
  if (anchor === 'start' && tipX + 6 + width > logicsMapSize.width) anchor = 'end';
  else if (anchor === 'end' && tipX - 6 - width < 0) anchor = 'start';
  const labelX = anchor === 'start' ? Math.max(tipX + 6 * dx, tipX) + 2 : Math.min(tipX + 6 * dx, tipX) - 2;
  return { anchor, labelX };
}

function placeArrows(
  arrows: readonly Loading[],
  x: (v: number) => number,
  y: (v: number) => number,
  arrowScale: number,
  labelWidth: (itemId: string) => number,
) {
  const ox = x(0);
  const oy = y(0);
  const placed: { labelX: number; labelY: number; anchor: 'start' | 'end' }[] = [];
  return arrows.map((a) => {
    const tipX = x(a.x * arrowScale);
    const tipY = y(a.y * arrowScale);
    const length = Math.hypot(tipX - ox, tipY - oy) || 1;
    const [dx, dy] = [(tipX - ox) / length, (tipY - oy) / length];
    const head =
      arrowHead([
        [tipX, tipY],
        [tipX - 8 * dx - 4 * dy, tipY - 8 * dy + 4 * dx],
        [tipX - 8 * dx + 4 * dy, tipY - 8 * dy - 4 * dx],
      ]) ?? '';
    const { anchor, labelX } = labelBesideTip(tipX, dx, labelWidth(a.itemId));
    let labelY = tipY + 6 * dy + 4;
    const clash = () =>
      placed.find(
        (p) =>
          p.anchor === anchor && Math.abs(p.labelY - labelY) < labelGap && Math.abs(p.labelX - labelX) < 120,
      );
    for (let other = clash(), moves = 0; other && moves < arrows.length; other = clash(), moves += 1) {
      labelY = other.labelY + (dy >= 0 ? labelGap : -labelGap);
    }
    placed.push({ labelX, labelY, anchor });
    return { itemId: a.itemId, tipX, tipY, head, labelX, labelY, anchor };
  });
}

/** The map's own type: names of logics bold, items' short wordings in italics. */
export const LogicsMapStyle = styleSheet(
  '.chart.logics-map text.logic-name{font-weight:700}.chart.logics-map text.item-name{font-style:italic}figure.logics-map{margin:0}figure.logics-map figcaption{margin:.25rem 0}',
);

/** A table of the chart's figures: a row header, then numbers already worded for the locale. */
function FiguresTable(props: { headers: readonly string[]; rows: readonly (readonly string[])[] }) {
  const [rowHeader, ...numberHeaders] = props.headers;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          {numberHeaders.map((h) => (
            <th scope="col" class="num">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map(([label, ...numbers]) => (
          <tr>
            <th scope="row">{label}</th>
            {numbers.map((n) => (
              <td class="num">{n}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The stored 2-D map of the centre's logics drawn as server-side SVG: the first two principal
 * components, each shown logic as an ellipse (centre ± one standard deviation) with its name,
 * and the items that weigh most on the axes as arrows from the origin, worded briefly. Only
 * the month's stored aggregates are drawn, never an advisor. A `<desc>` and a `<details>`
 * table give the same figures to screen readers. Nothing is drawn without a map.
 */
export function LogicsMapChart(props: {
  locale: Locale;
  map: LogicsMap | null;
  /** The centre's module that month, to word an item with no short wording. */
  items?: readonly WaysOfWorkingItem[];
  /** How many items to draw as arrows. */
  arrows?: number;
}) {
  const { locale, map } = props;
  if (!map || map.logics.length === 0) return null;
  const t = logicsMapMessages[locale];
  chartCount = (chartCount + 1) % 1_000_000;
  const idBase = `logics-map-${chartCount}`;
  const arrows = topLoadings(map.loadings, props.arrows ?? 5);
  const { x, y, unit, arrowScale } = layout(map, arrows);
  const word = (itemId: string) => shortItemWording(locale, itemId, props.items);
  const n1 = (v: number) => formatNumber(locale, v, 1);
  const n2 = (v: number) => formatNumber(locale, v, 2);
  const axis = (i: 0 | 1) => t.axis(i + 1, formatPercent(locale, map.explainedVariance[i]));
  const ox = x(0);
  const oy = y(0);
  const description = [
    ...map.logics.map((l) =>
      t.describeLogic(
        t.logic(l.name),
        n1(l.centroid.x),
        n1(l.centroid.y),
        n1(l.spread.sdX),
        n1(l.spread.sdY),
      ),
    ),
    ...arrows.map((a) => t.describeItem(word(a.itemId), n2(a.x), n2(a.y))),
  ].join('. ');
  return (
    <figure class="logics-map">
      <svg
        class="chart logics-map"
        viewBox={`0 0 ${logicsMapSize.width} ${logicsMapSize.height}`}
        role="img"
        aria-labelledby={`${idBase}-title ${idBase}-desc`}
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id={`${idBase}-title`}>{t.title}</title>
        <desc id={`${idBase}-desc`}>{`${description}.`}</desc>
        <rect
          x={plot.left}
          y={plot.top}
          width={plot.right - plot.left}
          height={plot.bottom - plot.top}
          fill="#ffffff"
          stroke="#d9dee5"
        />
        <line
          data-axis="1"
          x1={plot.left}
          x2={plot.right}
          y1={oy}
          y2={oy}
          stroke="#5b6575"
          stroke-dasharray="4 4"
        />
        <line
          data-axis="2"
          x1={ox}
          x2={ox}
          y1={plot.top}
          y2={plot.bottom}
          stroke="#5b6575"
          stroke-dasharray="4 4"
        />
        <text x={(plot.left + plot.right) / 2} y={logicsMapSize.height - 12} text-anchor="middle">
          {axis(0)}
        </text>
        <text
          x={16}
          y={(plot.top + plot.bottom) / 2}
          text-anchor="middle"
          transform={`rotate(-90 16 ${(plot.top + plot.bottom) / 2})`}
        >
          {axis(1)}
        </text>
        {map.logics.map((l, i) => {
          const colour = schemeDark2[i % schemeDark2.length] as string;
          return (
            <g data-logic={l.name}>
              <ellipse
                cx={x(l.centroid.x)}
                cy={y(l.centroid.y)}
                rx={l.spread.sdX * unit}
                ry={l.spread.sdY * unit}
                fill={colour}
                fill-opacity="0.12"
                stroke={colour}
                stroke-width="2"
              />
              <text class="logic-name" x={x(l.centroid.x)} y={y(l.centroid.y) + 4} text-anchor="middle">
                {t.logic(l.name)}
              </text>
            </g>
          );
        })}
        {placeArrows(arrows, x, y, arrowScale, (itemId) => word(itemId).length * labelCharWidth).map((a) => (
          <g data-item={a.itemId}>
            <line x1={ox} y1={oy} x2={a.tipX} y2={a.tipY} stroke="#1d2430" stroke-width="1.5" />
            <path d={a.head} fill="#1d2430" />
            <text class="item-name" x={a.labelX} y={a.labelY} text-anchor={a.anchor}>
              {word(a.itemId)}
            </text>
          </g>
        ))}
      </svg>
      <figcaption class="muted">{t.caption}</figcaption>
      <details>
        <summary>{t.figures}</summary>
        <TableScroll label={t.figures}>
          <FiguresTable
            headers={[t.logicHeader, t.centre(1), t.centre(2), t.spread(1), t.spread(2)]}
            rows={map.logics.map((l) => [
              t.logic(l.name),
              ...[l.centroid.x, l.centroid.y, l.spread.sdX, l.spread.sdY].map(n1),
            ])}
          />
          <FiguresTable
            headers={[t.itemHeader, t.loading(1), t.loading(2)]}
            rows={arrows.map((a) => [word(a.itemId), n2(a.x), n2(a.y)])}
          />
        </TableScroll>
      </details>
    </figure>
  );
}
