import { describe, expect, it } from 'vitest';
import {
  AdvisorSeriesChart,
  axisLabelWidth,
  labelledWeekIndices,
  type SeriesChartPoint,
} from '../../../web/charts/advisor-series-chart.js';

function point(id: string, value: number | null): SeriesChartPoint {
  return {
    id,
    label: id.slice(-3),
    longLabel: `semaine ${id}`,
    value,
    low: value === null ? null : value - 0.5,
    high: value === null ? null : value + 0.4,
    title: value === null ? `${id} : trop peu de réponses` : `${id} : ${value}`,
    text: value === null ? 'trop peu de réponses' : String(value),
  };
}

function render(points: SeriesChartPoint[]): string {
  return String(
    <AdvisorSeriesChart
      id="s"
      title="Satisfaction par semaine"
      summary="3 semaines tracées sur 4"
      points={points}
      scale={[0, 10]}
      objective={{ value: 8.5, label: 'Objectif 8,5' }}
      formatTick={(v) => String(v)}
      table={{ summary: 'Les chiffres', weekHeader: 'Semaine', valueHeader: 'Satisfaction' }}
    />,
  );
}

describe('AdvisorSeriesChart', () => {
  const points = [
    point('2026-W44', 8.2),
    point('2026-W45', 8.8),
    point('2026-W46', null),
    point('2026-W47', 9.1),
  ];

  it('breaks the line and the band at a week without a figure, and marks that week', () => {
    const html = render(points);
    const paths = [...html.matchAll(/<path d="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(paths).toHaveLength(2);
    const [band, line] = paths as [string, string];
    // Two runs of drawn weeks: W44–W45, then W47 alone; d3 starts each run with a move.
    expect(line.match(/M/g)).toHaveLength(2);
    expect(band.match(/M/g)).toHaveLength(2);
    expect(html.match(/<circle/g)).toHaveLength(3);
    expect(html).toContain('<title>2026-W46 : trop peu de réponses</title>');
  });

  it('draws a week with too few answers as a gap: no point at its place, the line broken around it', () => {
    const html = render(points);
    const columns = [
      ...html.matchAll(
        /<g class="gap"><title>([^<]*)<\/title><rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g,
      ),
    ];
    expect(columns.map((c) => c[1])).toEqual(['2026-W46 : trop peu de réponses']);
    const [, , left, top, width, height] = (columns[0] ?? []).map(Number);
    const gapX = (left ?? 0) + (width ?? 0) / 2;
    // No dot anywhere in the gap's column, at any height.
    const dots = [...html.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(dots).toHaveLength(3);
    for (const cx of dots) expect(Math.abs(cx - gapX)).toBeGreaterThan((width ?? 0) / 2);
    // The column spans the whole plot: it marks the week without pointing at any score.
    expect(top).toBe(20);
    expect((top ?? 0) + (height ?? 0)).toBe(256);
    // The line's runs: one ends before the gap, the next starts after it; none passes over it.
    const line = [...html.matchAll(/<path d="([^"]+)" fill="none"/g)][0]?.[1] ?? '';
    const runs = line
      .split('M')
      .filter(Boolean)
      .map((run) => [...run.matchAll(/([\d.]+),([\d.]+)/g)].map((m) => Number(m[1])));
    expect(runs).toHaveLength(2);
    expect(Math.max(...(runs[0] ?? []))).toBeLessThan(gapX);
    expect(Math.min(...(runs[1] ?? []))).toBeGreaterThan(gapX);
  });

  it('writes dates far enough apart that no two labels overlap, the latest week always dated', () => {
    const weeks = Array.from({ length: 52 }, (_, i) => {
      const monday = new Date(Date.UTC(2025, 11, 29 + 7 * i));
      return {
        ...point(`2026-W${String(i + 1).padStart(2, '0')}`, 8),
        label: new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
          monday,
        ),
      };
    });
    for (const count of [4, 13, 26, 52]) {
      const shown = weeks.slice(-count);
      const html = render(shown);
      const labels = [
        ...html.matchAll(/<text x="([\d.]+)" y="276" text-anchor="middle">([^<]*)<\/text>/g),
      ].map((m) => ({ x: Number(m[1]), text: m[2] ?? '' }));
      expect(labels.length).toBeGreaterThan(1);
      expect(labels.at(-1)?.text).toBe(shown.at(-1)?.label);
      for (const [i, label] of labels.entries()) {
        // 12 px system font: no character is wider on average than 0.6 em.
        expect(axisLabelWidth(label.text)).toBeGreaterThanOrEqual(label.text.length * 12 * 0.6);
        expect(label.x - axisLabelWidth(label.text) / 2).toBeGreaterThanOrEqual(0);
        expect(label.x + axisLabelWidth(label.text) / 2).toBeLessThanOrEqual(720);
        const next = labels[i + 1];
        if (next)
          expect(next.x - label.x).toBeGreaterThanOrEqual(
            (axisLabelWidth(label.text) + axisLabelWidth(next.text)) / 2,
          );
      }
    }
  });

  it('dates every week when there is room, and thins them only as much as needed', () => {
    expect(labelledWeekIndices(['2 nov.', '9 nov.', '16 nov.'], 200)).toEqual([0, 1, 2]);
    // The widest, « 11 janv. », is 57.6 wide plus the gap: every third week at 30 apart, from the latest.
    expect(labelledWeekIndices(['28 déc.', '4 janv.', '11 janv.', '18 janv.', '25 janv.'], 30)).toEqual([
      1, 4,
    ]);
    expect(labelledWeekIndices([], 30)).toEqual([]);
  });

  it('is an image named by its title and summary, with a table of every week', () => {
    const html = render(points);
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="s-title s-desc"/);
    expect(html).toContain('<title id="s-title">Satisfaction par semaine</title>');
    expect(html).toContain('<desc id="s-desc">3 semaines tracées sur 4</desc>');
    expect(html.match(/<th scope="row">semaine /g)).toHaveLength(4);
    expect(html).toContain('<td>trop peu de réponses</td>');
    expect(html).not.toContain('style=');
  });

  it('draws no line and no band when no week has a figure, but still every week', () => {
    const html = render([point('2026-W46', null), point('2026-W47', null)]);
    expect(html).not.toContain('<path');
    expect(html).not.toContain('<circle');
    expect(html.match(/<g class="gap">/g)).toHaveLength(2);
  });
});
