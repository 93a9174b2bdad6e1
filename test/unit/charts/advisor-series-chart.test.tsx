import { describe, expect, it } from 'vitest';
import { AdvisorSeriesChart, type SeriesChartPoint } from '../../../web/charts/advisor-series-chart.js';

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
    expect(html.match(/<circle[^>]*fill="#0b5cad"/g)).toHaveLength(3);
    expect(html.match(/<circle[^>]*fill="#ffffff"/g)).toHaveLength(1);
    expect(html).toContain('<title>2026-W46 : trop peu de réponses</title>');
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
    expect(html.match(/<circle/g)).toHaveLength(2);
  });
});
