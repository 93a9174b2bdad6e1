import { describe, expect, it } from 'vitest';
import type { LogicsMap } from '../../../shared/logics/logics-month.js';
import {
  LogicsMapChart,
  labelBesideTip,
  logicsMapPlot,
  topLoadings,
} from '../../../web/charts/logics-map-chart.js';

const map: LogicsMap = {
  explainedVariance: [0.4, 0.25],
  // Listed out of length order; lengths 0.07, 0.6, 0.2236, 0.5, 0.45, 0.4243, 0.3929.
  loadings: [
    { itemId: 'frame-clear', x: 0.05, y: 0.05 },
    { itemId: 'rely-procedures', x: 0.6, y: 0 },
    { itemId: 'worthwhile-efficient', x: -0.2, y: 0.1 },
    { itemId: 'rely-colleagues', x: 0, y: 0.5 },
    { itemId: 'rely-own-experience', x: -0.45, y: 0 },
    { itemId: 'frame-freedom', x: 0.3, y: 0.3 },
    { itemId: 'worthwhile-solved', x: 0.1, y: -0.38 },
  ],
  logics: [
    { name: 'A', centroid: { x: 2, y: 0 }, spread: { sdX: 1, sdY: 0.5 } },
    { name: 'B', centroid: { x: -2, y: 1 }, spread: { sdX: 0.5, sdY: 1 } },
  ],
};

const render = (m: LogicsMap | null, locale: 'fr' | 'en' = 'fr') =>
  String(<LogicsMapChart locale={locale} map={m} />);

function ellipse(html: string, name: string) {
  const match = new RegExp(
    `<g data-logic="${name}"><ellipse cx="([\\d.]+)" cy="([\\d.]+)" rx="([\\d.]+)" ry="([\\d.]+)"`,
  ).exec(html);
  if (!match) throw new Error(`No ellipse for logic ${name}`);
  const [cx, cy, rx, ry] = match.slice(1).map(Number) as [number, number, number, number];
  return { cx, cy, rx, ry };
}

function origin(html: string) {
  const across = /<line data-axis="1" x1="[\d.]+" x2="[\d.]+" y1="([\d.]+)"/.exec(html);
  const up = /<line data-axis="2" x1="([\d.]+)"/.exec(html);
  if (!across || !up) throw new Error('No axes');
  return { x: Number(up[1]), y: Number(across[1]) };
}

describe('LogicsMapChart', () => {
  it('places each ellipse at its centre with its spread as radii, one scale for both axes', () => {
    const html = render(map);
    const o = origin(html);
    const a = ellipse(html, 'A');
    const b = ellipse(html, 'B');
    // Drawn extent across: B's left edge −2.5 to A's right edge 3 (5.5), plus 12% each side;
    // up it is shorter (−1.01 … 2 with the arrows), so the width sets the scale.
    const unit = (logicsMapPlot.right - logicsMapPlot.left) / (5.5 * 1.24);
    expect(a.rx).toBeCloseTo(unit * 1, 6);
    expect(a.ry).toBeCloseTo(unit * 0.5, 6);
    expect(b.rx).toBeCloseTo(unit * 0.5, 6);
    expect(b.ry).toBeCloseTo(unit * 1, 6);
    // The origin sits 2.5 + 0.66 units right of the plot's left edge.
    expect(o.x).toBeCloseTo(logicsMapPlot.left + (2.5 + 0.12 * 5.5) * unit, 6);
    expect(a.cx).toBeCloseTo(o.x + 2 * unit, 6);
    expect(a.cy).toBeCloseTo(o.y, 6);
    expect(b.cx).toBeCloseTo(o.x - 2 * unit, 6);
    // Up on axis 2 is up on the page.
    expect(b.cy).toBeCloseTo(o.y - 1 * unit, 6);
    for (const e of [a, b]) {
      expect(e.cx - e.rx).toBeGreaterThanOrEqual(logicsMapPlot.left);
      expect(e.cx + e.rx).toBeLessThanOrEqual(logicsMapPlot.right);
      expect(e.cy - e.ry).toBeGreaterThanOrEqual(logicsMapPlot.top);
      expect(e.cy + e.ry).toBeLessThanOrEqual(logicsMapPlot.bottom);
    }
    expect(html).not.toContain('style=');
  });

  it('draws the five longest loadings as arrows, the longest reaching 80% of the smaller reach', () => {
    expect(topLoadings(map.loadings).map((l) => l.itemId)).toEqual([
      'rely-procedures',
      'rely-colleagues',
      'rely-own-experience',
      'frame-freedom',
      'worthwhile-solved',
    ]);
    const html = render(map);
    const drawn = [...html.matchAll(/<g data-item="([^"]+)">/g)].map((m) => m[1]);
    expect(drawn).toEqual([
      'rely-procedures',
      'rely-colleagues',
      'rely-own-experience',
      'frame-freedom',
      'worthwhile-solved',
    ]);
    // Not in the top five: no arrow, no label, no row.
    expect(html).not.toContain('frame-clear');
    expect(html).not.toContain('worthwhile-efficient');
    expect(html).not.toContain('Cadre clair');
    expect(html).not.toContain('Rapide et efficace');
    // Ellipses reach 3 across and 2 up: the procedures arrow (0.6) is drawn 0.8 × 2 units long.
    const o = origin(html);
    const unit = ellipse(html, 'A').rx;
    const tip =
      /<g data-item="rely-procedures"><line x1="[\d.]+" y1="[\d.]+" x2="([\d.]+)" y2="([\d.]+)"/.exec(html);
    expect(Number(tip?.[1])).toBeCloseTo(o.x + 1.6 * unit, 6);
    expect(Number(tip?.[2])).toBeCloseTo(o.y, 6);
  });

  it('words the axes, logics, items and caption in French, numbers with a decimal comma', () => {
    const html = render(map, 'fr');
    expect(html).toMatch(/>Axe 1 \(40\s% de la variance\)</);
    expect(html).toMatch(/>Axe 2 \(25\s% de la variance\)</);
    expect(html).toContain('>Logique A</text>');
    expect(html).toContain('>Logique B</text>');
    expect(html).toContain('>Procédures et scripts</text>');
    expect(html).toContain('>Liberté dans le cadre</text>');
    expect(html).toContain('Chaque ellipse est le centre d’une logique ± un écart-type');
    expect(html).toContain('Les conseillers eux-mêmes ne sont pas dessinés.');
    expect(html).toContain('Logique A : centre à 2,0 sur l’axe 1 et 0,0 sur l’axe 2, écart-type 1,0 et 0,5');
    expect(html).toMatch(
      /<svg[^>]*role="img"[^>]*aria-labelledby="logics-map-\d+-title logics-map-\d+-desc"/,
    );
    expect(html).toContain('<th scope="row">Logique B</th><td class="num">-2,0</td><td class="num">1,0</td>');
  });

  it('words them in English, numbers with a decimal point', () => {
    const html = render(map, 'en');
    expect(html).toContain('Axis 1 (40% of variance)');
    expect(html).toContain('Axis 2 (25% of variance)');
    expect(html).toContain('>Logic A</text>');
    expect(html).toContain('>Procedures and scripts</text>');
    expect(html).toContain('>Solved the first time</text>');
    expect(html).toContain('Each ellipse is one logic’s centre ± one standard deviation');
    expect(html).toContain('Advisors themselves are not drawn.');
    expect(html).toContain(
      'Logic A: centre at 2.0 on axis 1 and 0.0 on axis 2, standard deviation 1.0 and 0.5',
    );
    expect(html).not.toContain('Logique');
  });

  it('keeps an item label inside the chart: one that would leave it is turned back beside its tip', () => {
    // Room on its side: away from the origin, just past the tip.
    expect(labelBesideTip(400, 1, 130)).toEqual({ anchor: 'start', labelX: 408 });
    expect(labelBesideTip(200, -1, 130)).toEqual({ anchor: 'end', labelX: 192 });
    // 530 + 6 + 130 > 640 (the right edge); 100 − 6 − 130 < 0 (the left edge): turned back.
    expect(labelBesideTip(530, 0.9, 130)).toEqual({ anchor: 'end', labelX: 528 });
    expect(labelBesideTip(100, -0.9, 130)).toEqual({ anchor: 'start', labelX: 102 });
    // Every label of the demo-like map stays within 0…640 at 6.2 units per character.
    for (const locale of ['fr', 'en'] as const) {
      const html = render(map, locale);
      for (const m of html.matchAll(
        /<text class="item-name" x="([\d.]+)" y="[\d.]+" text-anchor="(start|end)">([^<]+)<\/text>/g,
      )) {
        const [x, anchor, text] = [Number(m[1]), m[2], m[3] ?? ''];
        const width = text.length * 6.2;
        expect(anchor === 'start' ? x + width : x, text).toBeLessThanOrEqual(640);
        expect(anchor === 'end' ? x - width : x, text).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('draws nothing without a map or without a shown logic', () => {
    expect(render(null)).toBe('');
    expect(render({ ...map, logics: [] })).toBe('');
  });
});
