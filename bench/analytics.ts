/**
 * Analytics benchmark: builds a centre's aggregates (8 teams, 26 weeks) from N underlying
 * customer responses through the same counter deltas as live recording, and its pulse
 * publication from anonymous answers (8 advisors a team, each answering 80% of weeks), then
 * times the publication and the whole centre's analysis. The analysis reads only aggregates and
 * published figures, so its time must not grow with N. `npm run bench -- analytics`.
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
import { isoWeekOf } from '../shared/time/period.js';
import { consecutiveWeeks } from '../shared/time/windows.js';

const teamCount = 8;
const weeks = consecutiveWeeks('2026-W22', 26, isoWeekOf);
const profiles: ManagementProfile[] = ['teacher', 'guardian', 'connector', 'always-on'];
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
    aggregates: input.customer.length + input.published.length + input.operations.length,
  };
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
}
