import { describe, expect, it } from 'vitest';
import { QuadrantChart, type QuadrantPoint } from '../../../web/charts/quadrant-chart.js';

const names = { topRight: 'TR', topLeft: 'TL', bottomRight: 'BR', bottomLeft: 'BL' };

function render(points: readonly QuadrantPoint[], locale: 'fr' | 'en' = 'fr'): string {
  return String(
    <QuadrantChart
      locale={locale}
      title="Quadrant"
      xLabel="Clients"
      yLabel="Bien-être"
      points={points}
      thresholds={{ x: 7.5, y: 62 }}
      quadrantNames={names}
    />,
  );
}

describe('QuadrantChart', () => {
  const point: QuadrantPoint = {
    id: 'lyon-1',
    label: 'Lyon Nord',
    x: { value: 8.25, low: 7.9, high: 8.6 },
    y: { value: 64.5, low: 60.1, high: 68.9 },
    highlighted: true,
  };

  it('draws an accessible SVG with whiskers, a title per point and a table of the figures', () => {
    const html = render([point]);
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="quadrant-\d+-title quadrant-\d+-desc"/);
    expect(html).toContain('<title>Lyon Nord: Clients 8,3 [7,9 ; 8,6], Bien-être 64,5 [60,1 ; 68,9]</title>');
    expect(html).toContain('<details');
    expect(html).not.toContain('style=');
    expect((html.match(/<line /g) ?? []).length).toBeGreaterThanOrEqual(4);
  });

  it('links a point when it has an address, and formats in English', () => {
    const html = render([{ ...point, highlighted: false, href: '/teams/lyon-1' }], 'en');
    expect(html).toContain('<a href="/teams/lyon-1" aria-label="Lyon Nord">');
    expect(html).toContain('8.3 [7.9, 8.6]');
  });
});
