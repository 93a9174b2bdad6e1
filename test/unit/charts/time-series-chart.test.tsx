import { describe, expect, it } from 'vitest';
import { type SeriesPoint, TimeSeriesChart } from '../../../web/charts/time-series-chart.js';

const columns = { week: 'Semaine', value: 'Valeur', interval: 'Intervalle' };

function render(points: readonly SeriesPoint[], markers?: readonly { week: string; label: string }[]) {
  return String(
    <TimeSeriesChart
      locale="fr"
      title="Bien-être par semaine"
      description="Résumé"
      valueLabel="Bien-être"
      points={points}
      hiddenLabel="masqué : moins de 5 répondants"
      columns={columns}
      tableSummary="Les chiffres"
      {...(markers ? { markers } : {})}
    />,
  );
}

const points: SeriesPoint[] = [
  { week: '2026-W44', value: 62.25, low: 58.1, high: 66.4, detail: '7 répondants' },
  { week: '2026-W45', value: 64, low: 60, high: 68 },
  { week: '2026-W46', value: null, detail: 'masqué : moins de 5 répondants' },
  { week: '2026-W47', value: 61, low: 57, high: 65 },
  { week: '2026-W48', value: 63, low: 59, high: 67 },
];

describe('TimeSeriesChart', () => {
  it('breaks the line and the band at a hidden week, and says why in the title and the table', () => {
    const html = render(points);
    const paths = [...html.matchAll(/<path d="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(paths).toHaveLength(2);
    // Two runs either side of the hidden week: each path starts twice (two M commands).
    for (const d of paths) expect(d.match(/M/g)).toHaveLength(2);
    expect(html).toContain('<title>semaine du 9 nov. 2026: masqué : moins de 5 répondants</title>');
    expect(html).toContain('<title>semaine du 26 oct. 2026: 62,3 [58,1 ; 66,4] (7 répondants)</title>');
    expect(html).toContain('<td colspan="2" class="hidden-figure">masqué : moins de 5 répondants</td>');
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="series-\d+-title series-\d+-desc"/);
    expect(html).not.toContain('style=');
  });

  it('draws a marker on a week of the range with its title, and ignores one outside it', () => {
    const html = render(points, [
      { week: '2026-W45', label: 'Point d’équipe hebdomadaire' },
      { week: '2025-W01', label: 'hors période' },
    ]);
    expect(html).toContain('<title>semaine du 2 nov. 2026: Point d’équipe hebdomadaire</title>');
    expect(html).not.toContain('hors période');
    expect(html).toContain('stroke-dasharray="3 3"');
  });
});
