import { scaleBand, scaleLinear, scaleSequential } from 'd3-scale';
import { interpolateRdYlBu } from 'd3-scale-chromatic';
import { TableScroll } from '../components/table-scroll.js';

/** A row or a column of the heatmap. */
export interface HeatmapAxisItem {
  readonly id: string;
  readonly label: string;
}

/**
 * One cell: a value drawn in the colour ramp, or hidden (hatched, with a symbol). `label` is
 * what the cell prints, `title` its hover detail, `text` what the table alternative says;
 * `ref` names the figure behind the cell (a data attribute of the table cell).
 */
export type HeatmapChartCell =
  | {
      readonly row: string;
      readonly column: string;
      readonly state: 'shown';
      readonly value: number;
      readonly label: string;
      readonly title: string;
      readonly text: string;
      readonly ref?: string;
    }
  | {
      readonly row: string;
      readonly column: string;
      readonly state: 'hidden';
      readonly symbol: string;
      readonly title: string;
      readonly text: string;
    };

export interface HeatmapChartProps {
  /** Prefix of the chart's element ids; unique on the page. */
  readonly id: string;
  readonly title: string;
  readonly rows: readonly HeatmapAxisItem[];
  readonly columns: readonly HeatmapAxisItem[];
  readonly cells: readonly HeatmapChartCell[];
  /** The values the ramp spans, low to high. */
  readonly domain: readonly [number, number];
  readonly rampLabel: string;
  /** The legend of hidden cells: the hatching, then each symbol and what it means. */
  readonly hiddenLegend: {
    readonly title: string;
    readonly items: readonly { symbol: string; text: string }[];
  };
  /** The table alternative: the text of its disclosure and the header of its row column. */
  readonly table: { readonly summary: string; readonly rowHeader: string };
}

const cell = { width: 62, height: 34 };
const columnLabelHeight = 130;
const charWidth = 6.6;

/** Relative luminance (WCAG 2) of an `rgb(r, g, b)` colour. */
export function luminanceOf(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+/g) ?? ['0', '0', '0']).slice(0, 3).map((c) => {
    const s = Number(c) / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** Black or white, whichever contrasts more with the background colour. */
export function inkOn(rgb: string): '#111' | '#fff' {
  const l = luminanceOf(rgb);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#111' : '#fff';
}

/**
 * A heatmap drawn on the server as SVG: rows × columns on d3 band scales, each shown value in a
 * diverging colour ramp (red low, blue high) with its figure printed and detailed in a native
 * `<title>`, hidden cells hatched with a symbol, a legend, and the same figures as a table.
 */
export function HeatmapChart(props: HeatmapChartProps) {
  const rowLabelWidth = Math.min(260, 16 + charWidth * Math.max(8, ...props.rows.map((r) => r.label.length)));
  const x = scaleBand<string>()
    .domain(props.columns.map((c) => c.id))
    .range([rowLabelWidth, rowLabelWidth + cell.width * props.columns.length])
    .paddingInner(0.06);
  const y = scaleBand<string>()
    .domain(props.rows.map((r) => r.id))
    .range([columnLabelHeight, columnLabelHeight + cell.height * props.rows.length])
    .paddingInner(0.08);
  const colour = scaleSequential(interpolateRdYlBu).domain(props.domain);
  const gridBottom = columnLabelHeight + cell.height * props.rows.length;
  const legendTop = gridBottom + 24;
  const rampWidth = 220;
  const ramp = scaleLinear()
    .domain(props.domain)
    .range([rowLabelWidth, rowLabelWidth + rampWidth]);
  const hiddenTop = legendTop + 64;
  const height = hiddenTop + 22 * (props.hiddenLegend.items.length + 1) + 8;
  const legendText = Math.max(props.rampLabel.length, ...props.hiddenLegend.items.map((i) => i.text.length));
  // Column labels are turned 40° up and to the right: each reaches its length × cos 40° past its centre.
  const columnsReach = Math.max(
    cell.width * props.columns.length,
    ...props.columns.map(
      (c, i) => cell.width * (i + 0.5) + Math.cos((40 * Math.PI) / 180) * charWidth * c.label.length,
    ),
  );
  const width = Math.max(rowLabelWidth + columnsReach + 16, rowLabelWidth + 46 + charWidth * legendText + 16);
  const hatch = `${props.id}-hatch`;
  const gradient = `${props.id}-ramp`;
  const titleId = `${props.id}-title`;
  const stops = Array.from({ length: 11 }, (_, i) => i / 10);
  const cellAt = new Map(props.cells.map((c) => [`${c.row}|${c.column}`, c]));

  return (
    <figure class="heatmap">
      <svg class="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{props.title}</title>
        <defs>
          <pattern
            id={hatch}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill="#eef0f3" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#9aa3b2" stroke-width="2" />
          </pattern>
          <linearGradient id={gradient} x1="0" x2="1" y1="0" y2="0">
            {stops.map((t) => (
              <stop
                offset={String(t)}
                stop-color={colour(props.domain[0] + t * (props.domain[1] - props.domain[0]))}
              />
            ))}
          </linearGradient>
        </defs>
        {props.columns.map((c) => {
          const cx = (x(c.id) ?? 0) + x.bandwidth() / 2;
          return (
            <text
              x={cx}
              y={columnLabelHeight - 8}
              text-anchor="start"
              transform={`rotate(-40 ${cx} ${columnLabelHeight - 8})`}
            >
              {c.label}
            </text>
          );
        })}
        {props.rows.map((r) => (
          <text
            x={rowLabelWidth - 8}
            y={(y(r.id) ?? 0) + y.bandwidth() / 2}
            text-anchor="end"
            dominant-baseline="middle"
          >
            {r.label}
          </text>
        ))}
        {props.rows.flatMap((r) =>
          props.columns.map((c) => {
            const found = cellAt.get(`${r.id}|${c.id}`);
            if (!found) return null;
            const cx = (x(c.id) ?? 0) + x.bandwidth() / 2;
            const cy = (y(r.id) ?? 0) + y.bandwidth() / 2;
            const fill = found.state === 'shown' ? colour(found.value) : `url(#${hatch})`;
            const ink = found.state === 'shown' ? inkOn(colour(found.value)) : '#111';
            return (
              <g class={`cell ${found.state}`}>
                <title>{found.title}</title>
                <rect
                  x={x(c.id)}
                  y={y(r.id)}
                  width={x.bandwidth()}
                  height={y.bandwidth()}
                  fill={fill}
                  stroke={found.state === 'hidden' ? '#6b7586' : 'none'}
                />
                <text x={cx} y={cy} text-anchor="middle" dominant-baseline="middle" fill={ink}>
                  {found.state === 'shown' ? found.label : found.symbol}
                </text>
              </g>
            );
          }),
        )}
        <text x={rowLabelWidth} y={legendTop - 6}>
          {props.rampLabel}
        </text>
        <rect x={rowLabelWidth} y={legendTop} width={rampWidth} height="14" fill={`url(#${gradient})`} />
        {ramp.ticks(4).map((tick) => (
          <g>
            <line x1={ramp(tick)} x2={ramp(tick)} y1={legendTop + 14} y2={legendTop + 19} stroke="#1d2430" />
            <text x={ramp(tick)} y={legendTop + 31} text-anchor="middle">
              {String(tick)}
            </text>
          </g>
        ))}
        <text x={rowLabelWidth} y={hiddenTop}>
          {props.hiddenLegend.title}
        </text>
        {props.hiddenLegend.items.map((item, i) => {
          const top = hiddenTop + 8 + 22 * i;
          return (
            <g>
              <rect
                x={rowLabelWidth}
                y={top}
                width="36"
                height="18"
                fill={`url(#${hatch})`}
                stroke="#6b7586"
              />
              <text x={rowLabelWidth + 18} y={top + 9} text-anchor="middle" dominant-baseline="middle">
                {item.symbol}
              </text>
              <text x={rowLabelWidth + 46} y={top + 9} dominant-baseline="middle">
                {item.text}
              </text>
            </g>
          );
        })}
      </svg>
      <details>
        <summary>{props.table.summary}</summary>
        <TableScroll label={props.table.summary}>
          <table>
            <caption>{props.title}</caption>
            <thead>
              <tr>
                <th scope="col">{props.table.rowHeader}</th>
                {props.columns.map((c) => (
                  <th scope="col">{c.label}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {props.rows.map((r) => (
                <tr>
                  <th scope="row">{r.label}</th>
                  {props.columns.map((c) => {
                    const found = cellAt.get(`${r.id}|${c.id}`);
                    if (!found) return <td />;
                    return found.state === 'shown' ? (
                      <td class="num" data-ref={found.ref}>
                        {found.text}
                      </td>
                    ) : (
                      <td class="hidden-figure" data-hidden={`${r.id}|${c.id}`}>
                        {found.text}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </figure>
  );
}
