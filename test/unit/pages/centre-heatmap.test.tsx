import { describe, expect, it } from 'vitest';
import type { Alert } from '../../../shared/analytics/alerts.js';
import { interval95 } from '../../../shared/analytics/quadrant.js';
import { heatmapCells } from '../../../shared/publication/heatmap-cells.js';
import type { PublishedPulseFigure } from '../../../shared/publication/published-figure.js';
import { pulseDimensions } from '../../../shared/surveys/pulse-dimensions.js';
import { HeatmapChart, inkOn } from '../../../web/charts/heatmap-chart.js';
import { CentreAlertsSection } from '../../../web/pages/centre/centre-alerts.section.js';
import { heatmapChartCells } from '../../../web/pages/centre/centre-heatmap.section.js';

/** Answers on the 1–5 scale as sufficient statistics. */
function stats(...answers: number[]) {
  return {
    n: answers.length,
    sum: answers.reduce((a, b) => a + b, 0),
    sumSq: answers.reduce((a, b) => a + b * b, 0),
  };
}

function figure(
  group: string,
  window: PublishedPulseFigure['window'],
  firstWeek: string,
  lastWeek: string,
  dimensions: PublishedPulseFigure['dimensions'],
): PublishedPulseFigure {
  return { group, window, firstWeek, lastWeek, leaves: [], dimensions };
}

const weeks = ['2026-W44', '2026-W45', '2026-W46'];
const allPublished = new Set(weeks);

describe('heatmap cells from published team figures', () => {
  const figures = [
    figure('team:A', { kind: 'week', id: '2026-W44' }, '2026-W44', '2026-W44', {
      wellbeing: stats(5, 5, 5, 5, 5),
      workload: stats(1, 2, 3, 4, 5),
    }),
    figure('team:A', { kind: 'week', id: '2026-W46' }, '2026-W46', '2026-W46', {
      wellbeing: stats(3, 3, 4, 4, 5),
    }),
    figure('team:A', { kind: 'fortnight', id: '2026-F23' }, '2026-W45', '2026-W46', {
      wellbeing: stats(3, 3, 4, 4, 5, 5, 2, 2, 1, 1),
    }),
    // Closes after the range: not read.
    figure('team:A', { kind: 'month', id: '2026-11' }, '2026-W45', '2026-W48', {
      autonomy: stats(4, 4, 4, 4, 4),
    }),
    // Another group's figure never fills a team's cell.
    figure('site:Lyon', { kind: 'week', id: '2026-W46' }, '2026-W46', '2026-W46', {
      meaning: stats(4, 4, 4, 4, 4),
    }),
  ];
  const cells = heatmapCells({ teamIds: ['A', 'B'], weeks, figures, publishedWeeks: allPublished });
  const cellOf = (teamId: string, dimension: string) =>
    cells.find((c) => c.teamId === teamId && c.dimension === dimension);

  it('gives one cell per team and dimension', () => {
    expect(cells).toHaveLength(2 * pulseDimensions.length);
  });

  it('takes the latest window holding the dimension, the wider one when two close the same week', () => {
    const wellbeing = cellOf('A', 'wellbeing');
    expect(wellbeing?.state).toBe('shown');
    if (wellbeing?.state !== 'shown') return;
    expect(wellbeing.window).toEqual({ kind: 'fortnight', id: '2026-F23' });
    // (mean 3 − 1) × 25 = 50, over the fortnight's 10 answers.
    expect(wellbeing.index.value).toBeCloseTo(50, 10);
    expect(wellbeing.index.n).toBe(10);
    const workload = cellOf('A', 'workload');
    expect(workload?.state === 'shown' && workload.window.id).toBe('2026-W44');
    expect(workload?.state === 'shown' && workload.index.value).toBeCloseTo(50, 10);
  });

  it('hides a dimension no figure of the range published, and a team with no figure, as fewer than k', () => {
    expect(cellOf('A', 'autonomy')).toEqual({
      state: 'hidden',
      teamId: 'A',
      dimension: 'autonomy',
      reason: 'below-k',
    });
    expect(cellOf('A', 'meaning')).toMatchObject({ state: 'hidden', reason: 'below-k' });
    expect(
      cells.filter((c) => c.teamId === 'B').every((c) => c.state === 'hidden' && c.reason === 'below-k'),
    ).toBe(true);
  });

  it('says "not published yet" when no week of the range has a complete publication', () => {
    const unpublished = heatmapCells({
      teamIds: ['A'],
      weeks,
      figures: [],
      publishedWeeks: new Set(['2026-W40']),
    });
    expect(unpublished.every((c) => c.state === 'hidden' && c.reason === 'not-published')).toBe(true);
  });

  it('prints a shown cell with its value, interval and window, and a hidden one with its reason and no figure', () => {
    const chart = heatmapChartCells('fr', 5, cells, (id) => `Équipe ${id}`);
    const wellbeing = chart.find((c) => c.row === 'A' && c.column === 'wellbeing');
    const shown = cellOf('A', 'wellbeing');
    if (wellbeing?.state !== 'shown' || shown?.state !== 'shown' || shown.index.se === null)
      throw new Error('expected a shown cell');
    const [low, high] = interval95({ value: 50, se: shown.index.se });
    expect(wellbeing.value).toBeCloseTo(50, 10);
    expect(wellbeing.label).toBe('50,0');
    expect(wellbeing.text).toBe(
      `50,0, intervalle à 95\u00a0% [${low.toFixed(1).replace('.', ',')} ; ${high.toFixed(1).replace('.', ',')}], quinzaine du 2 nov. 2026, 10\u00a0réponses`,
    );
    expect(wellbeing.title).toBe(`Équipe A · Bien-être : ${wellbeing.text}`);
    expect(wellbeing.ref).toBe('team:A|fortnight:2026-F23|wellbeing');
    const autonomy = chart.find((c) => c.row === 'A' && c.column === 'autonomy');
    expect(autonomy).toMatchObject({
      state: 'hidden',
      text: 'Masqué : moins de 5\u00a0conseillers ont répondu à cette question',
    });
    expect(autonomy?.title).not.toMatch(/\d,\d/);
    const english = heatmapChartCells('en', 5, cells, (id) => `Team ${id}`);
    expect(english.find((c) => c.row === 'A' && c.column === 'workload')?.text).toMatch(
      /^50\.0, 95% interval \[\d+\.\d, \d+\.\d\], week of 26 Oct 2026, 5 answers$/,
    );
  });
});

describe('the heatmap chart', () => {
  const render = (locale: 'fr' | 'en') =>
    String(
      <HeatmapChart
        id="t"
        title="Carte"
        rows={[
          { id: 'A', label: 'Équipe A' },
          { id: 'B', label: 'Équipe B' },
        ]}
        columns={[{ id: 'wellbeing', label: 'Bien-être' }]}
        cells={[
          {
            row: 'A',
            column: 'wellbeing',
            state: 'shown',
            value: 90,
            label: '90,0',
            title: 'A: 90',
            text: '90,0 …',
            ref: 'r',
          },
          {
            row: 'B',
            column: 'wellbeing',
            state: 'hidden',
            symbol: '< k',
            title: 'B: masqué',
            text: 'Masqué',
          },
        ]}
        domain={[0, 100]}
        rampLabel={locale}
        hiddenLegend={{ title: 'Cases hachurées', items: [{ symbol: '< k', text: 'moins de 5' }] }}
        table={{ summary: 'Tableau', rowHeader: 'Équipe' }}
      />,
    );

  it('is an image labelled by its title, with a title per cell, hatching for hidden cells and a table', () => {
    const html = render('fr');
    expect(html).toContain('role="img" aria-labelledby="t-title"');
    expect(html).toContain('<title id="t-title">Carte</title>');
    expect(html).toContain('<title>A: 90</title>');
    expect(html).toContain('<title>B: masqué</title>');
    expect(html).toContain('fill="url(#t-hatch)"');
    expect(html).toMatch(/<details><summary>Tableau<\/summary>/);
    expect(html).toContain('<td class="hidden-figure" data-hidden="B|wellbeing">Masqué</td>');
    expect(html).not.toContain('style=');
  });

  it('writes on each colour in the ink that contrasts more', () => {
    expect(inkOn('rgb(49, 54, 149)')).toBe('#fff');
    expect(inkOn('rgb(255, 255, 191)')).toBe('#111');
  });
});

describe('centre alerts', () => {
  it('link each alert to its page on its team, in the reader’s language', () => {
    const alert: Alert = {
      kind: 'wellbeing-falling',
      teamId: 'LYO-PRO',
      periods: ['2026-W40'],
      evidence: {},
      rule: { critical: 2, minDrop: { value: 5, unit: 'index-points' }, falseAlarmRatePerQuarter: 0.05 },
      message: {
        key: 'wellbeing-falling',
        params: {
          from: 70.2,
          to: 61.5,
          recentWeeks: 4,
          recentAnswers: 30,
          baselineWeeks: 8,
          baselineAnswers: 60,
          drop: 8.7,
          low: 3.1,
          high: 14.3,
          started: '2026-W37',
        },
      },
    };
    const html = String(
      <CentreAlertsSection locale="fr" alerts={[alert]} teamName={() => 'Lyon · Professionnels'} />,
    );
    expect(html).toContain('href="/teams/LYO-PRO/alerts/wellbeing-falling"');
    expect(html).toContain('Lyon · Professionnels');
    expect(html).toContain('baisse depuis la semaine 2026-W37');
    expect(html).toContain('61,5 sur 100');
    expect(html).toContain('contre 70,2');
    expect(html).not.toContain('undefined');
    expect(String(<CentreAlertsSection locale="en" alerts={[]} teamName={() => ''} />)).toContain(
      'No alert in the period.',
    );
  });
});
