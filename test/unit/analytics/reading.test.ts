import { describe, expect, it } from 'vitest';
import { pearsonCorrelation } from '../../../shared/analytics/index.js';
import { adjustFamily } from '../../../shared/analytics/inference/multiple-comparisons.js';
import { readCorrelation } from '../../../shared/analytics/inference/reading.js';
import { seriesCorrelation } from '../../../shared/analytics/inference/series-correlation.js';
import { formatReading } from '../../../shared/i18n/analytics-messages.js';

const weeks = Array.from({ length: 12 }, (_, i) => i);

describe('plain-language readings', () => {
  it('says what was compared, over how many weeks, the interval and that it holds after the family', () => {
    const strong = pearsonCorrelation(weeks, [1, 4, 2, 5.5, 4.2, 8, 5.1, 9.6, 7, 8.2, 12, 9.4]);
    const [adjusted] = adjustFamily('team-correlations', [strong, strong, strong, strong, strong]);
    if (!adjusted) throw new Error('missing');
    const reading = readCorrelation(adjusted, {
      subject: 'wellbeing-leads-customer',
      scope: 'team',
      weeks: 12,
    });
    expect(reading.key).toBe('correlation.holds');
    if (adjusted.state !== 'ok') throw new Error('expected ok');
    const [low, high] = adjusted.ci95.map((v) => Math.round(v * 100) / 100);
    expect(reading.params).toMatchObject({ weeks: 12, familySize: 5, low, high });
    const r = Math.round(adjusted.estimate * 100) / 100;
    expect(formatReading('en', reading)).toBe(
      `Advisor wellbeing and customer satisfaction the following week (within this team, 12 weeks): r = ${r}, 95% interval ${low} to ${high}. This association holds after accounting for the 5 comparisons made.`,
    );
    const comma = (v: number | undefined) => String(v).replace('.', ',');
    expect(formatReading('fr', reading)).toBe(
      `Bien-être des conseillers et satisfaction client la semaine suivante (dans cette équipe, 12\u00a0semaines)\u00a0: r = ${comma(r)}, intervalle à 95\u00a0% de ${comma(low)} à ${comma(high)}. Ce lien se confirme en tenant compte des 5\u00a0comparaisons effectuées.`,
    );
  });

  it('says why the evidence is insufficient when the weeks are too persistent', () => {
    const slow = [60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71];
    const result = seriesCorrelation(
      'pearson',
      slow,
      [...slow].map((v, i) => v + (i % 3)),
    );
    const reading = readCorrelation(result, { subject: 'same-week', scope: 'team', weeks: 12 });
    expect(reading.key).toBe('correlation.insufficient');
    expect(reading.params.reason).toBe('too-few-effective-points');
    expect(formatReading('en', reading)).toMatch(
      /^Advisor wellbeing and customer satisfaction in the same week \(within this team, 12 weeks\): not enough evidence to say\. The weekly figures move slowly, so 12 weeks count as only \d+(\.\d)? independent ones; at least 6 are needed\.$/,
    );
    expect(formatReading('fr', reading)).toContain('n’en valent que');
  });

  it('names a driver and says when the interval does not settle the question', () => {
    const weak = pearsonCorrelation(weeks, [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8]);
    const reading = readCorrelation(weak, {
      subject: 'driver',
      scope: 'centre',
      weeks: 12,
      dimension: 'workload',
    });
    expect(reading.key).toBe('correlation.not-established');
    expect(formatReading('en', reading)).toContain(
      '“Workload” and customer satisfaction (within teams, across the centre',
    );
    expect(formatReading('en', reading)).toContain('This is not enough to conclude there is an association.');
  });
});
