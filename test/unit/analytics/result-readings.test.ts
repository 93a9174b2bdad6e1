import { describe, expect, it } from 'vitest';
import { generateDemoCentre } from '../../../scripts/demo/demo-centre.js';
import { demoAggregates } from '../../../scripts/demo-aggregates.js';
import { buildDemoHistory } from '../../../scripts/demo-history.js';
import { analyseCentre } from '../../../shared/analytics/centre-analysis.js';
import { type PeriodFigures, wellbeingFallingAlert } from '../../../shared/analytics/index.js';
import type { Reading } from '../../../shared/analytics/inference/reading.js';
import { alertReading } from '../../../shared/i18n/alert-messages.js';
import { formatReading } from '../../../shared/i18n/analytics-messages.js';

const nbsp = '\u00a0';
const centre = generateDemoCentre({});
const history = buildDemoHistory(centre, new Date('2026-11-23T12:00:00Z'), (email) => email.toLowerCase());
const analysis = analyseCentre({
  teams: history.teams,
  weeks: centre.plan.weeks,
  ...demoAggregates(history, centre.plan.weeks),
});
const team = (teamId: string) => {
  const found = analysis.teams.find((t) => t.teamId === teamId);
  if (!found) throw new Error(`no team ${teamId}`);
  return found;
};
const symmetryOf = (teamId: string) => {
  const { symmetry } = team(teamId);
  if (!('quadrant' in symmetry)) throw new Error('expected a placement');
  return symmetry;
};

/** The French sentence, written with plain spaces where the messages use no-break ones. */
const french = (reading: Reading) => formatReading('fr', reading).replaceAll(nbsp, ' ');

describe('plain-language readings of the demo centre analysis', () => {
  it('reads a team’s same-week correlation, not established after the 48 team comparisons', () => {
    const reading = team('LYO-PAR-A').correlation.sameWeek.pearson.reading;
    expect(reading).toEqual({
      key: 'correlation.not-established',
      params: {
        subject: 'same-week',
        scope: 'team',
        weeks: 26,
        method: 'pearson',
        n: 25,
        estimate: 0.34,
        low: -0.21,
        high: 0.73,
        familySize: 48,
        adjustedPValue: 0.363,
        effectiveN: 15.1,
      },
    });
    expect(formatReading('en', reading)).toBe(
      'Advisor wellbeing and customer satisfaction in the same week (within this team, 26 weeks): r = 0.34, 95% interval -0.21 to 0.73. The weeks are not independent: they count as 15.1. This is not enough to conclude there is an association after accounting for the 48 comparisons made.',
    );
    expect(french(reading)).toBe(
      'Bien-être des conseillers et satisfaction client la même semaine (dans cette équipe, 26 semaines) : r = 0,34, intervalle à 95 % de -0,21 à 0,73. Les semaines ne sont pas indépendantes : elles en valent 15,1. C’est insuffisant pour conclure à un lien en tenant compte des 48 comparaisons effectuées.',
    );
  });

  it('reads a team’s lead (Spearman) that holds after the family', () => {
    const reading = team('LYO-PAR-B').correlation.wellbeingLeadsCustomer.spearman.reading;
    expect(reading.key).toBe('correlation.holds');
    expect(formatReading('en', reading)).toBe(
      'Advisor wellbeing and customer satisfaction the following week (within this team, 26 weeks): ρ = 0.64, 95% interval 0.23 to 0.85. The weeks are not independent: they count as 18.2. This association holds after accounting for the 48 comparisons made.',
    );
    expect(french(reading)).toBe(
      'Bien-être des conseillers et satisfaction client la semaine suivante (dans cette équipe, 26 semaines) : ρ = 0,64, intervalle à 95 % de 0,23 à 0,85. Les semaines ne sont pas indépendantes : elles en valent 18,2. Ce lien se confirme en tenant compte des 48 comparaisons effectuées.',
    );
  });

  it('reads the pooled lead within teams across the centre, in its family of 3', () => {
    const reading = analysis.pooled.wellbeingLeadsCustomer.reading;
    expect(reading.params).toMatchObject({ scope: 'centre', n: 193, familySize: 3, effectiveN: 135.9 });
    expect(formatReading('en', reading)).toBe(
      'Advisor wellbeing and customer satisfaction the following week (within teams, across the centre, 26 weeks): r = 0.56, 95% interval 0.43 to 0.67. The weeks are not independent: they count as 135.9. This association holds after accounting for the 3 comparisons made.',
    );
    expect(french(reading)).toBe(
      'Bien-être des conseillers et satisfaction client la semaine suivante (au sein des équipes, sur tout le centre, 26 semaines) : r = 0,56, intervalle à 95 % de 0,43 à 0,67. Les semaines ne sont pas indépendantes : elles en valent 135,9. Ce lien se confirme en tenant compte des 3 comparaisons effectuées.',
    );
  });

  it('reads the between-teams correlation, one point per team, whose interval contains 0', () => {
    const reading = analysis.betweenTeams.reading;
    expect(reading.params).toMatchObject({ scope: 'across-teams', n: 8, familySize: 1 });
    expect(formatReading('en', reading)).toBe(
      'Teams with higher wellbeing and their customer satisfaction (across the centre’s teams, one point per team, 26 weeks): ρ = 0.71, 95% interval -0.09 to 0.95. This is not enough to conclude there is an association.',
    );
    expect(french(reading)).toBe(
      'Équipes au bien-être plus élevé et leur satisfaction client (entre les équipes du centre, un point par équipe, 26 semaines) : ρ = 0,71, intervalle à 95 % de -0,09 à 0,95. C’est insuffisant pour conclure à un lien.',
    );
  });

  it('reads a driver with its dimension named in each language', () => {
    // The planted wellbeing lead leads the first tier (asked every week, so more effective
    // weeks); manager support follows (not asked in the monthly module's weeks).
    expect(analysis.drivers.slice(0, 3).map((d) => d.dimension)).toEqual([
      'wellbeing',
      'manager-support',
      'tools-knowledge',
    ]);
    const driver = analysis.drivers.find((d) => d.dimension === 'manager-support');
    const reading = driver?.correlation.reading;
    if (!reading) throw new Error('no driver');
    expect(formatReading('en', reading)).toBe(
      '“Manager support” and customer satisfaction (within teams, across the centre, 26 weeks): r = 0.65, 95% interval 0.39 to 0.81. The weeks are not independent: they count as 39.6. This association holds after accounting for the 9 comparisons made.',
    );
    expect(french(reading)).toBe(
      '« Soutien du manager » et satisfaction client (au sein des équipes, sur tout le centre, 26 semaines) : r = 0,65, intervalle à 95 % de 0,39 à 0,81. Les semaines ne sont pas indépendantes : elles en valent 39,6. Ce lien se confirme en tenant compte des 9 comparaisons effectuées.',
    );
  });

  it('reads a trend whose interval contains 0 as without a clear direction', () => {
    const reading = symmetryOf('LYO-PAR-A').wellbeingTrend.reading;
    expect(reading).toEqual({
      key: 'trend.unclear',
      params: { measure: 'wellbeing', weeks: 8, n: 8, slope: 2.98, low: -0.57, high: 6.53 },
    });
    expect(formatReading('en', reading)).toBe(
      'Advisor wellbeing over the last 8 weeks: no clear direction, 2.98 points a week (95% interval -0.57 to 6.53).',
    );
    expect(french(reading)).toBe(
      'Bien-être des conseillers sur les 8 dernières semaines : pas de direction nette, 2,98 points par semaine (intervalle à 95 % de -0,57 à 6,53).',
    );
  });

  it('reads a quadrant placement near the centre, naming the interval that straddles', () => {
    const reading = symmetryOf('LYO-PAR-A').reading;
    expect(reading.params).toMatchObject({ quadrant: 'near-centre', straddles: 'customer', teams: 8 });
    expect(formatReading('en', reading)).toBe(
      'Over the last 4 weeks: near the centre, not placed in a quadrant, because the customer satisfaction interval straddles the centre median. Wellbeing 73.1 (95% interval 66.9 to 79.2, centre median 65.6); customer satisfaction 85.3 (73.8 to 96.9, centre median 79.1; medians of 8 teams).',
    );
    expect(french(reading)).toBe(
      'Sur les 4 dernières semaines : près du centre, sans quadrant attribué, car l’intervalle de la satisfaction client chevauche la médiane du centre. Bien-être 73,1 (intervalle à 95 % de 66,9 à 79,2, médiane du centre 65,6) ; satisfaction client 85,3 (73,8 à 96,9, médiane du centre 79,1 ; médianes de 8 équipes).',
    );
  });

  it('gives every result of the analysis a reading', () => {
    for (const t of analysis.teams) {
      for (const pair of [
        t.correlation.sameWeek,
        t.correlation.wellbeingLeadsCustomer,
        t.correlation.customerLeadsWellbeing,
      ]) {
        expect(pair.pearson.reading.params.method).toBe('pearson');
        expect(pair.spearman.reading.params.method).toBe('spearman');
      }
      expect(t.symmetry.reading.key).toMatch(/^quadrant\./);
    }
    expect(analysis.drivers.every((d) => d.correlation.reading.params.dimension === d.dimension)).toBe(true);
  });
});

describe('alert readings', () => {
  it('reads a wellbeing-falling alert in both languages from its message key and parameters', () => {
    const weeks = Array.from({ length: 12 }, (_, i) => `2026-W${String(i + 10).padStart(2, '0')}`);
    const values = [70, 72, 69, 71, 70, 68, 71, 69, 58, 56, 57, 55];
    const wellbeing: PeriodFigures = Object.fromEntries(
      weeks.map((w, i) => [w, { n: 12, value: values[i] ?? null, se: 3 }]),
    );
    const alert = wellbeingFallingAlert('team-1', weeks, wellbeing);
    if (!alert) throw new Error('expected the alert to fire');
    expect(alert.message.key).toBe('wellbeing-falling');
    expect(alertReading(alert.message, 'en')).toBe(
      "The team's wellbeing went from 70 to 56.5 out of 100: the last 4 weeks (48 answers) against the 8 before (96 answers), a fall of 13.5 points (95% CI 9.9 to 17.1). With no real change, this alert fires for fewer than 5% of teams a quarter.",
    );
    expect(alertReading(alert.message, 'fr').replaceAll('\u202f', ' ')).toBe(
      'Le bien-être de l’équipe est passé de 70 à 56,5 sur 100 : 4 dernières semaines (48 réponses) contre les 8 précédentes (96 réponses), soit une baisse de 13,5 points (IC 95 % 9,9 à 17,1). Sans changement réel, cette alerte se déclenche pour moins de 5 % des équipes par trimestre.',
    );
  });
});
