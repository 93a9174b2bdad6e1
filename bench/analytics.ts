/**
 * Analytics benchmark, `npm run bench -- analytics`:
 * 1. builds a centre's aggregates (8 teams, 26 weeks) from N underlying customer responses
 *    through the same counter deltas as live recording, and its pulse publication from
 *    anonymous answers (8 advisors a team, each answering 80% of weeks), then times the
 *    publication and the whole centre's analysis. The analysis reads only aggregates and
 *    published figures, so its time must not grow with N.
 * 2. times the whole centre's analysis at 50 and 200 teams × 52 weeks, and their ratio (goal:
 *    200 teams under 1 s, ratio ≤ 4.5, i.e. no cost growing faster than the teams). These
 *    inputs are built directly as aggregates and published figures (what the analysis reads),
 *    not through the publication: publishing 200 teams × 52 weeks is the publication job's
 *    cost, timed in part 1, not the analysis's.
 */
import {
  customerAggregateFromCounters,
  operationsAggregateFromCounters,
} from '../shared/aggregates/aggregate-from-counters.js';
import { type CounterDelta, customerResponseDeltas, sumDeltas } from '../shared/aggregates/counter-deltas.js';
import { analyseCentre, type CentreAnalysisInput } from '../shared/analytics/centre-analysis.js';
import { publishWeeksInTurn } from '../shared/publication/publish-week.js';
import type { PublishedPulseFigure } from '../shared/publication/published-figure.js';
import {
  type AnonymousPulseAnswer,
  buildPulseCells,
  type PulseParticipation,
} from '../shared/publication/pulse-cells.js';
import type { TeamOfCentre } from '../shared/publication/pulse-groups.js';
import { type Channel, channels, type ManagementProfile, type WorkMode } from '../shared/roster/index.js';
import { pulseItemsFor } from '../shared/surveys/pulse-bank.js';
import { pulseDimensions } from '../shared/surveys/pulse-dimensions.js';
import { isoWeekOf } from '../shared/time/period.js';
import { consecutiveWeeks } from '../shared/time/windows.js';

const teamCount = 8;
const weeks = consecutiveWeeks('2026-W22', 26, isoWeekOf);
const profiles: ManagementProfile[] = ['teacher', 'always-on', 'connector', 'cheerleader'];
const modes: WorkMode[] = ['on-site', 'remote', 'hybrid'];

function lcg(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

let publicationMs = 0;

/** Anonymous answers of 8 advisors a team (work modes mixed), published week after week. */
function publishedPulse(teams: readonly TeamOfCentre[], random: () => number): PublishedPulseFigure[] {
  const answers: AnonymousPulseAnswer[] = [];
  const participation: PulseParticipation[] = [];
  for (const week of weeks) {
    const items = pulseItemsFor(week);
    for (const team of teams) {
      for (let a = 0; a < 8; a++) {
        if (random() >= 0.8) continue;
        const workMode = modes[a % 3] as WorkMode;
        const values = Object.fromEntries(
          items.map((item) => [
            item.id,
            item.scale.min + Math.floor(random() * (item.scale.max - item.scale.min + 1)),
          ]),
        );
        answers.push({ teamId: team.teamId, week, workMode, answers: values });
        participation.push({
          advisorId: `${team.teamId}-A${a}`,
          teamId: team.teamId,
          workMode,
          week,
          countsTowardKFrom: '2020-01-01',
        });
      }
    }
  }
  const start = performance.now();
  const figures = publishWeeksInTurn({ teams, weeks, cells: buildPulseCells(answers, participation), k: 5 });
  publicationMs = performance.now() - start;
  return figures;
}

function buildInput(responses: number): CentreAnalysisInput {
  const random = lcg(7);
  const teams = Array.from({ length: teamCount }, (_, t) => ({
    teamId: `T${t}`,
    site: `Site ${t % 3}`,
    managementProfile: profiles[t % profiles.length] as ManagementProfile,
  }));
  const keyOf = (target: CounterDelta['target']) => JSON.stringify(target);
  let totals = new Map<string, CounterDelta>();
  const flush = (batch: CounterDelta[]) => {
    totals = new Map(sumDeltas([...totals.values(), ...batch], keyOf).map((d) => [keyOf(d.target), d]));
  };
  let batch: CounterDelta[] = [];
  for (let i = 0; i < responses; i++) {
    const team = teams[i % teamCount] as (typeof teams)[number];
    const period = weeks[Math.floor(random() * weeks.length)] as string;
    const channel = channels[Math.floor(random() * channels.length)] as Channel;
    batch.push(
      ...customerResponseDeltas(
        { teamId: team.teamId, advisorId: `${team.teamId}-A${i % 10}`, channel, period, quarter: '2026-Q3' },
        {
          satisfaction: Math.floor(random() * 11),
          recommendation: Math.floor(random() * 11),
          resolved: random() < 0.7,
        },
      ),
    );
    if (batch.length > 200_000) {
      flush(batch);
      batch = [];
    }
  }
  flush(batch);
  const customer = [];
  for (const d of totals.values()) {
    const t = d.target;
    if (t.kind === 'customer-team') customer.push(customerAggregateFromCounters(t, d.add));
  }
  const published = publishedPulse(teams, random);
  const operations = teams.flatMap((team) =>
    weeks.map((period) =>
      operationsAggregateFromCounters(
        { teamId: team.teamId, period, channel: 'all' },
        { contacts: 400, htN: 400, htSum: 400 * 420, htSumSq: 400 * 420 * 420 },
      ),
    ),
  );
  return { teams, weeks, customer, published, operations };
}

function timeAnalysis(input: CentreAnalysisInput, runs = 5): { medianMs: number; aggregates: number } {
  analyseCentre(input);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    analyseCentre(input);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    medianMs: times[Math.floor(runs / 2)] as number,
    aggregates:
      input.customer.length +
      (input.customerByWorkMode?.length ?? 0) +
      input.published.length +
      input.operations.length,
  };
}

/** Sufficient statistics of `n` answers around `mean` with standard deviation `sd`. */
function statsAround(n: number, mean: number, sd: number) {
  return { n, sum: n * mean, sumSq: n * mean * mean + (n - 1) * sd * sd };
}

const clamp = (x: number, low: number, high: number) => Math.min(high, Math.max(low, x));

/**
 * A centre of `teamCount` teams over `weekCount` weeks as the analysis reads it: customer
 * aggregates (all channels, each channel, each work mode), operations, and published week
 * figures of every team, team × work mode, site, profile and the centre. Each team's weekly
 * wellbeing and satisfaction drift (AR(1)) so that every correlation is computed.
 */
export function scaledCentreInput(teamCount: number, weekCount: number): CentreAnalysisInput {
  const random = lcg(teamCount * 7919 + weekCount);
  const scaledWeeks = consecutiveWeeks('2025-W40', weekCount, isoWeekOf);
  const teams: TeamOfCentre[] = Array.from({ length: teamCount }, (_, t) => ({
    teamId: `T${String(t).padStart(3, '0')}`,
    site: `Site ${t % 6}`,
    managementProfile: profiles[t % profiles.length] as ManagementProfile,
  }));
  const customer: CentreAnalysisInput['customer'][number][] = [];
  const customerByWorkMode: NonNullable<CentreAnalysisInput['customerByWorkMode']>[number][] = [];
  const operations: CentreAnalysisInput['operations'][number][] = [];
  const published: PublishedPulseFigure[] = [];
  const noise = () => random() + random() + random() - 1.5;
  const pulseFigure = (group: string, week: string, leaves: string[], n: number, mean: number) => ({
    group,
    window: { kind: 'week' as const, id: week },
    firstWeek: week,
    lastWeek: week,
    leaves,
    dimensions: Object.fromEntries(
      pulseDimensions.map((d, i) => [d, statsAround(n, clamp(mean + 0.1 * (i % 3) - 0.1, 1, 5), 0.8)]),
    ),
    enps: {
      promoters: Math.round(n / 3),
      passives: Math.round(n / 3),
      detractors: n - 2 * Math.round(n / 3),
    },
  });
  for (const team of teams) {
    let wellbeing = 3.4 + noise() * 0.3;
    let satisfaction = 7.5 + noise() * 0.5;
    for (const week of scaledWeeks) {
      wellbeing = clamp(3.4 + 0.4 * (wellbeing - 3.4) + noise() * 0.3, 1.2, 4.8);
      satisfaction = clamp(
        7.5 + 0.4 * (satisfaction - 7.5) + 0.5 * (wellbeing - 3.4) + noise() * 0.5,
        1,
        9.8,
      );
      const counts = (n: number) => {
        const promoters = Math.round(n * 0.5);
        const detractors = Math.round(n * 0.2);
        return {
          satisfaction: statsAround(n, satisfaction, 1.5),
          recommendation: statsAround(n, clamp(satisfaction + 0.3, 0, 10), 1.8),
          effort: statsAround(n, 2.5, 1.2),
          resolved: { n, sum: Math.round(n * 0.7), sumSq: Math.round(n * 0.7) },
          promoters,
          passives: n - promoters - detractors,
          detractors,
        };
      };
      customer.push({ teamId: team.teamId, period: week, channel: 'all', ...counts(24) });
      for (const channel of channels)
        customer.push({
          teamId: team.teamId,
          period: week,
          channel,
          ...counts(Math.floor(24 / channels.length)),
        });
      for (const workMode of modes)
        customerByWorkMode.push({ teamId: team.teamId, period: week, workMode, ...counts(8) });
      operations.push(
        operationsAggregateFromCounters(
          { teamId: team.teamId, period: week, channel: 'all' },
          { contacts: 400, htN: 400, htSum: 400 * 420, htSumSq: 400 * (420 * 420 + 90 * 90) },
        ),
      );
      const leaves = modes.map((m) => `${team.teamId}/${m}`);
      published.push(pulseFigure(`team:${team.teamId}`, week, leaves, 9, wellbeing));
      for (const m of modes.slice(0, 2))
        published.push(
          pulseFigure(`team:${team.teamId}/mode:${m}`, week, [`${team.teamId}/${m}`], 5, wellbeing),
        );
    }
  }
  for (const week of scaledWeeks) {
    const groups = [
      ...[...new Set(teams.map((t) => t.site))].map((site) => `site:${site}`),
      ...[...new Set(teams.map((t) => t.managementProfile))].map((profile) => `profile:${profile}`),
      'centre',
    ];
    for (const group of groups) published.push(pulseFigure(group, week, [], 40, 3.4));
  }
  return { teams, weeks: scaledWeeks, customer, customerByWorkMode, published, operations };
}

async function benchScale(): Promise<void> {
  console.log(
    'analytics: the whole centre at scale (52 weeks, inputs built as aggregates and published figures)',
  );
  const times: Record<number, number> = {};
  for (const teams of [50, 200]) {
    const input = scaledCentreInput(teams, 52);
    const r = timeAnalysis(input, 3);
    times[teams] = r.medianMs;
    console.log(
      `  ${teams} teams × 52 weeks → ${r.aggregates.toLocaleString('en')} aggregates and figures: analysis ${r.medianMs.toFixed(0)} ms (median of 3)`,
    );
  }
  const [small, large] = [times[50], times[200]];
  if (small && large)
    console.log(
      `  200 / 50 teams: ${(large / small).toFixed(2)}x (goal ≤ 4.5x; 200 teams ${large < 1000 ? 'under' : 'OVER'} 1 s)`,
    );
}

export async function benchAnalytics(): Promise<void> {
  console.log(`analytics: the whole centre (${teamCount} teams, ${weeks.length} weeks) from aggregates`);
  const results: { responses: number; medianMs: number; aggregates: number }[] = [];
  for (const responses of [10_000, 1_000_000]) {
    const setupStart = performance.now();
    const input = buildInput(responses);
    const setup = (performance.now() - setupStart) / 1000;
    const r = timeAnalysis(input);
    results.push({ responses, ...r });
    console.log(
      `  ${responses.toLocaleString('en')} responses → ${r.aggregates} aggregates (built in ${setup.toFixed(1)} s): ` +
        `analysis ${r.medianMs.toFixed(1)} ms (median of 5); publishing ${weeks.length} weeks in turn ${publicationMs.toFixed(0)} ms`,
    );
  }
  const [small, large] = results;
  if (small && large) console.log(`  ratio 1M / 10k: ${(large.medianMs / small.medianMs).toFixed(2)}x`);
  await benchScale();
}
