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

/** The French sentence, written with plain spaces where the messages use no-break ones. */
const french = (reading: Reading) => formatReading('fr', reading).replaceAll(nbsp, ' ');

/** A reading's number as the messages write it: the rounded figure, a comma in French. */
const num = (locale: 'en' | 'fr', value: unknown) =>
  locale === 'fr' ? String(value).replace('.', ',') : String(value);
const paramsOf = (reading: Reading) => reading.params as Record<string, unknown>;

/**
 * The demo's figures move with any honest change of the demo or the estimators, so these tests
 * take each reading's own parameters and check that the sentence says them, in its words.
 */
describe('plain-language readings of the demo centre analysis', () => {
  it('reads a team’s same-week correlation, not established after the team comparisons', () => {
    const reading = team('LYO-PAR-A').correlation.sameWeek.pearson.reading;
    expect(reading.key).toBe('correlation.not-established');
    const p = paramsOf(reading);
    expect(p).toMatchObject({
      subject: 'same-week',
      scope: 'team',
      weeks: 26,
      method: 'pearson',
      familySize: 48,
    });
    expect(Number(p.low)).toBeLessThanOrEqual(Number(p.estimate));
    expect(Number(p.estimate)).toBeLessThanOrEqual(Number(p.high));
    expect(formatReading('en', reading)).toBe(
      `Advisor wellbeing and customer satisfaction in the same week (within this team, 26 weeks): r = ${num('en', p.estimate)}, 95% interval ${num('en', p.low)} to ${num('en', p.high)}. The weeks are not independent: they count as ${num('en', p.effectiveN)}. This is not enough to conclude there is an association after accounting for the 48 comparisons made.`,
    );
    expect(french(reading)).toBe(
      `Bien-être des conseillers et satisfaction client la même semaine (dans cette équipe, 26 semaines) : r = ${num('fr', p.estimate)}, intervalle à 95 % de ${num('fr', p.low)} à ${num('fr', p.high)}. Les semaines ne sont pas indépendantes : elles en valent ${num('fr', p.effectiveN)}. C’est insuffisant pour conclure à un lien en tenant compte des 48 comparaisons effectuées.`,
    );
  });

  it('reads a team’s lead (Spearman) that holds after the family', () => {
    const holding = analysis.teams
      .map((t) => t.correlation.wellbeingLeadsCustomer.spearman.reading)
      .find((r) => r.key === 'correlation.holds');
    if (!holding) throw new Error('expected one team whose lead holds');
    const p = paramsOf(holding);
    expect(formatReading('en', holding)).toBe(
      `Advisor wellbeing and customer satisfaction the following week (within this team, 26 weeks): ρ = ${num('en', p.estimate)}, 95% interval ${num('en', p.low)} to ${num('en', p.high)}. The weeks are not independent: they count as ${num('en', p.effectiveN)}. This association holds after accounting for the ${p.familySize} comparisons made.`,
    );
    expect(french(holding)).toBe(
      `Bien-être des conseillers et satisfaction client la semaine suivante (dans cette équipe, 26 semaines) : ρ = ${num('fr', p.estimate)}, intervalle à 95 % de ${num('fr', p.low)} à ${num('fr', p.high)}. Les semaines ne sont pas indépendantes : elles en valent ${num('fr', p.effectiveN)}. Ce lien se confirme en tenant compte des ${p.familySize} comparaisons effectuées.`,
    );
  });

  it('reads the pooled lead within teams across the centre, in its family of 3', () => {
    const reading = analysis.pooled.wellbeingLeadsCustomer.reading;
    expect(reading.key).toBe('correlation.holds');
    const p = paramsOf(reading);
    expect(p).toMatchObject({ scope: 'centre', familySize: 3 });
    expect(Number(p.effectiveN)).toBeLessThan(Number(p.n));
    expect(formatReading('en', reading)).toBe(
      `Advisor wellbeing and customer satisfaction the following week (within teams, across the centre, 26 weeks): r = ${num('en', p.estimate)}, 95% interval ${num('en', p.low)} to ${num('en', p.high)}. The weeks are not independent: they count as ${num('en', p.effectiveN)}. This association holds after accounting for the 3 comparisons made.`,
    );
    expect(french(reading)).toBe(
      `Bien-être des conseillers et satisfaction client la semaine suivante (au sein des équipes, sur tout le centre, 26 semaines) : r = ${num('fr', p.estimate)}, intervalle à 95 % de ${num('fr', p.low)} à ${num('fr', p.high)}. Les semaines ne sont pas indépendantes : elles en valent ${num('fr', p.effectiveN)}. Ce lien se confirme en tenant compte des 3 comparaisons effectuées.`,
    );
  });

  it('reads the between-teams correlation, one point per team, whose interval contains 0', () => {
    const reading = analysis.betweenTeams.reading;
    const p = paramsOf(reading);
    expect(p).toMatchObject({ scope: 'across-teams', n: 8, familySize: 1 });
    expect(Number(p.low)).toBeLessThan(0);
    expect(formatReading('en', reading)).toBe(
      `Teams with higher wellbeing and their customer satisfaction (across the centre’s teams, one point per team, 26 weeks): ρ = ${num('en', p.estimate)}, 95% interval ${num('en', p.low)} to ${num('en', p.high)}. This is not enough to conclude there is an association.`,
    );
    expect(french(reading)).toBe(
      `Équipes au bien-être plus élevé et leur satisfaction client (entre les équipes du centre, un point par équipe, 26 semaines) : ρ = ${num('fr', p.estimate)}, intervalle à 95 % de ${num('fr', p.low)} à ${num('fr', p.high)}. C’est insuffisant pour conclure à un lien.`,
    );
  });

  it('reads a driver with its dimension named in each language', () => {
    // The planted wellbeing lead leads the first tier (asked every week, so more effective weeks).
    expect(analysis.drivers[0]?.dimension).toBe('wellbeing');
    const driver = analysis.drivers.find((d) => d.dimension === 'manager-support');
    const reading = driver?.correlation.reading;
    if (!reading) throw new Error('no driver');
    const p = paramsOf(reading);
    const verdictEn =
      reading.key === 'correlation.holds'
        ? `This association holds after accounting for the ${p.familySize} comparisons made.`
        : `This is not enough to conclude there is an association after accounting for the ${p.familySize} comparisons made.`;
    const verdictFr =
      reading.key === 'correlation.holds'
        ? `Ce lien se confirme en tenant compte des ${p.familySize} comparaisons effectuées.`
        : `C’est insuffisant pour conclure à un lien en tenant compte des ${p.familySize} comparaisons effectuées.`;
    expect(formatReading('en', reading)).toBe(
      `“Manager support” and customer satisfaction (within teams, across the centre, 26 weeks): r = ${num('en', p.estimate)}, 95% interval ${num('en', p.low)} to ${num('en', p.high)}. The weeks are not independent: they count as ${num('en', p.effectiveN)}. ${verdictEn}`,
    );
    expect(french(reading)).toBe(
      `« Soutien du manager » et satisfaction client (au sein des équipes, sur tout le centre, 26 semaines) : r = ${num('fr', p.estimate)}, intervalle à 95 % de ${num('fr', p.low)} à ${num('fr', p.high)}. Les semaines ne sont pas indépendantes : elles en valent ${num('fr', p.effectiveN)}. ${verdictFr}`,
    );
  });

  it('reads a trend whose interval contains 0 as without a clear direction', () => {
    const reading = analysis.teams
      .flatMap((t) => ('quadrant' in t.symmetry ? [t.symmetry.wellbeingTrend.reading] : []))
      .find((r) => r.key === 'trend.unclear');
    if (!reading) throw new Error('expected one unclear trend');
    const p = paramsOf(reading);
    expect(p).toMatchObject({ measure: 'wellbeing', weeks: 8 });
    expect(Number(p.low)).toBeLessThanOrEqual(0);
    expect(Number(p.high)).toBeGreaterThanOrEqual(0);
    expect(formatReading('en', reading)).toBe(
      `Advisor wellbeing over the last 8 weeks: no clear direction, ${num('en', p.slope)} points a week (95% interval ${num('en', p.low)} to ${num('en', p.high)}).`,
    );
    expect(french(reading)).toBe(
      `Bien-être des conseillers sur les 8 dernières semaines : pas de direction nette, ${num('fr', p.slope)} points par semaine (intervalle à 95 % de ${num('fr', p.low)} à ${num('fr', p.high)}).`,
    );
  });

  it('reads a quadrant placement near the centre, naming the interval that straddles', () => {
    const reading = analysis.teams
      .flatMap((t) => ('quadrant' in t.symmetry ? [t.symmetry.reading] : []))
      .find((r) => paramsOf(r).quadrant === 'near-centre' && paramsOf(r).straddles === 'customer');
    if (!reading) throw new Error('expected a team near the centre on the customer axis');
    const p = paramsOf(reading);
    expect(p).toMatchObject({ teams: 8 });
    const en = formatReading('en', reading);
    expect(en).toMatch(
      /^Over the last 4 weeks: near the centre, not placed in a quadrant, because the customer satisfaction interval straddles the centre median\. Wellbeing [\d.]+ \(95% interval [\d.]+ to [\d.]+, centre median [\d.]+\); customer satisfaction [\d.]+ \([\d.]+ to [\d.]+, centre median [\d.]+; medians of 8 teams\)\.$/,
    );
    expect(french(reading)).toMatch(
      /^Sur les 4 dernières semaines : près du centre, sans quadrant attribué, car l’intervalle de la satisfaction client chevauche la médiane du centre\. Bien-être [\d,]+ \(intervalle à 95 % de [\d,]+ à [\d,]+, médiane du centre [\d,]+\) ; satisfaction client [\d,]+ \([\d,]+ à [\d,]+, médiane du centre [\d,]+ ; médianes de 8 équipes\)\.$/,
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
      "The team's wellbeing has been falling since week 2026-W18: 56.5 out of 100 over the 4 weeks since (48 answers) against 70 over the 8 weeks before (96 answers), a fall of 13.5 points (95% CI 9.9 to 17.1). Every week counts, allowing for the team's usual week-to-week swings. With no real change, this alert fires for fewer than 5% of teams a quarter.",
    );
    expect(alertReading(alert.message, 'fr').replaceAll('\u202f', ' ')).toBe(
      'Le bien-être de l’équipe baisse depuis la semaine 2026-W18 : 56,5 sur 100 sur les 4 semaines depuis (48 réponses) contre 70 sur les 8 semaines d’avant (96 réponses), soit une baisse de 13,5 points (IC 95 % 9,9 à 17,1). Chaque semaine compte, en tenant compte des variations habituelles de l’équipe d’une semaine à l’autre. Sans changement réel, cette alerte se déclenche pour moins de 5 % des équipes par trimestre.',
    );
  });
});
