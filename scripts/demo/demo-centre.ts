import type {
  AdvisorInput,
  Channel,
  InteractionInput,
  Locale,
  TeamInput,
  WorkMode,
} from '../../shared/roster/index.js';
import {
  addDays,
  formatParis,
  isoWeekOfDate,
  parisInstant,
  utcMidnight,
  weekMondaysEndingWith,
} from './demo-calendar.js';
import {
  emailLocalPart,
  englishFirstNames,
  englishLastNames,
  frenchFirstNames,
  frenchLastNames,
} from './demo-names.js';
import {
  type DemoAdvisorPlan,
  type DemoPlan,
  type DemoTeamWeek,
  dimensionLoadings,
  drawTeamWeekly,
  plantedCorrelation,
  plantedSlope,
  pressurePlan,
  pulseStyleSpread,
  strongestDrivers,
} from './demo-plan.js';
import {
  bernoulli,
  createDemoRng,
  type DemoRng,
  integerBetween,
  normal,
  poisson,
  shuffled,
  uniform,
  uniformBetween,
  weightedPick,
} from './demo-rng.js';
import {
  channelHours,
  channelMedianHandleSeconds,
  type DemoTeamSetup,
  demoTeamSetups,
  handleTimeLogSd,
  pressureTeamId,
} from './demo-teams.js';

export type { DemoAdvisorPlan, DemoPlan, DemoTeamWeek, DimensionLoading, PlantedLead } from './demo-plan.js';
export { plantedCorrelation, plantedSlope, strongestDrivers } from './demo-plan.js';
export {
  type CustomerResponseDraw,
  type PulseAnswerDraw,
  sampleCustomerResponse,
  samplePulseAnswer,
} from './demo-responses.js';
export { createDemoRng, type DemoRng } from './demo-rng.js';
export { demoTeamSetups, pressureTeamId } from './demo-teams.js';

export interface DemoCentreOptions {
  /** Seed of every random draw; the same seed gives the same centre. Default 20260101. */
  readonly seed?: number;
  /** Number of ISO weeks, 4–104. Default 26 (a half-year). */
  readonly weeks?: number;
  /** Monday (YYYY-MM-DD) of the last week. Default 2026-11-16, the week before 2026-11-23. */
  readonly endWeekMonday?: string;
  /** Average interactions per active advisor and week, 0–200. Default 8. */
  readonly contactsPerAdvisorWeek?: number;
}

export interface DemoCentre {
  readonly teams: TeamInput[];
  readonly advisors: AdvisorInput[];
  readonly interactions: InteractionInput[];
  readonly plan: DemoPlan;
}

export const demoDefaults = {
  seed: 20260101,
  weeks: 26,
  endWeekMonday: '2026-11-16',
  contactsPerAdvisorWeek: 8,
} as const;

/** Independent random streams of one seed, so changing one part never shifts another. */
const streams = { plan: 0, roster: 1, interactions: 2 } as const;

const workModeWeights: Readonly<Record<WorkMode, number>> = { hybrid: 0.5, 'on-site': 0.35, remote: 0.15 };
const fteWeights: Readonly<Record<string, number>> = {
  '1': 0.6,
  '0.9': 0.05,
  '0.8': 0.18,
  '0.6': 0.05,
  '0.5': 0.12,
};
const earliestStart = '2015-01-05';
/** Share of customer contacts made by regular customers, who contact the centre about every six weeks. */
const regularShare = 0.4;
const contactsPerRegular = 4.5;
const contactsPerOccasional = 1.2;

interface Person {
  readonly firstName: string;
  readonly lastName: string;
}

function validatedOptions(options: DemoCentreOptions): Required<DemoCentreOptions> {
  const resolved = { ...demoDefaults, ...options };
  const { seed, weeks, contactsPerAdvisorWeek } = resolved;
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  if (!Number.isInteger(weeks) || weeks < 4 || weeks > 104) {
    throw new RangeError(`weeks must be an integer from 4 to 104, got ${weeks}`);
  }
  if (
    !Number.isFinite(contactsPerAdvisorWeek) ||
    contactsPerAdvisorWeek < 0 ||
    contactsPerAdvisorWeek > 200
  ) {
    throw new RangeError(`contactsPerAdvisorWeek must be from 0 to 200, got ${contactsPerAdvisorWeek}`);
  }
  return resolved;
}

/** Distinct French names, shuffled; managers and advisors are taken from the front in turn. */
function namePool(rng: DemoRng): Person[] {
  const seen = new Set<string>();
  const people: Person[] = [];
  for (const firstName of frenchFirstNames) {
    for (const lastName of frenchLastNames) {
      if (firstName === lastName) continue;
      people.push({ firstName, lastName });
    }
  }
  return shuffled(rng, people).filter((person) => {
    const key = emailLocalPart(person.firstName, person.lastName);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function staffEmail(person: Person): string {
  return `${emailLocalPart(person.firstName, person.lastName)}@centre.example`;
}

interface Roster {
  readonly teams: TeamInput[];
  readonly advisors: AdvisorInput[];
  readonly advisorPlans: Record<string, DemoAdvisorPlan>;
}

function drawRoster(rng: DemoRng, mondays: readonly string[]): Roster {
  const people = namePool(rng);
  let nextPerson = 0;
  const takePerson = (): Person => {
    const person = people[nextPerson];
    nextPerson += 1;
    if (!person) throw new RangeError('the demo name pool is exhausted');
    return person;
  };
  let nextPayroll = 10001;
  const firstMonday = mondays[0] ?? demoDefaults.endWeekMonday;
  const startSpan = (utcMidnight(firstMonday) - utcMidnight(earliestStart)) / 86_400_000 - 21;

  const teams: TeamInput[] = [];
  const advisors: AdvisorInput[] = [];
  const advisorsByTeam = new Map<string, AdvisorInput[]>();
  const newAdvisor = (setup: DemoTeamSetup, startDate: string): AdvisorInput => {
    const person = takePerson();
    const advisor: AdvisorInput = {
      payrollId: `P${nextPayroll}`,
      email: staffEmail(person),
      firstName: person.firstName,
      teamId: setup.teamId,
      workMode: setup.channelMix['in-person'] > 0.5 ? 'on-site' : weightedPick(rng, workModeWeights),
      fte: Number(weightedPick(rng, fteWeights)),
      startDate,
    };
    nextPayroll += 1;
    advisors.push(advisor);
    advisorsByTeam.get(setup.teamId)?.push(advisor);
    return advisor;
  };

  for (const setup of demoTeamSetups) {
    teams.push({
      teamId: setup.teamId,
      name: setup.name,
      site: setup.site,
      managementProfile: setup.managementProfile,
      managers: [staffEmail(takePerson())],
    });
    advisorsByTeam.set(setup.teamId, []);
    for (let i = 0; i < setup.size; i += 1) {
      newAdvisor(setup, addDays(earliestStart, integerBetween(rng, 0, Math.max(0, startSpan))));
    }
  }

  const weekCount = mondays.length;
  if (weekCount >= 12) {
    const leavingTeams = shuffled(rng, demoTeamSetups).slice(0, 3);
    for (const setup of leavingTeams) {
      const members = advisorsByTeam.get(setup.teamId) ?? [];
      const leaver = members[integerBetween(rng, 0, members.length - 1)];
      const leaveWeek = integerBetween(rng, Math.floor(weekCount / 3), weekCount - 6);
      const leaveMonday = mondays[leaveWeek];
      const joinMonday = mondays[leaveWeek + integerBetween(rng, 2, 4)];
      if (!leaver || !leaveMonday || !joinMonday) continue;
      leaver.endDate = addDays(leaveMonday, 4);
      newAdvisor(setup, joinMonday);
    }
  }

  const advisorPlans: Record<string, DemoAdvisorPlan> = {};
  for (const [teamId, members] of advisorsByTeam) {
    const offsets = members.map(() => normal(rng, 0, 0.2));
    const speeds = members.map(() => Math.exp(normal(rng, 0, 0.12)));
    const meanOffset = offsets.reduce((s, v) => s + v, 0) / offsets.length;
    const meanSpeed = speeds.reduce((s, v) => s + v, 0) / speeds.length;
    const styleRanks = shuffled(
      rng,
      members.map((_, i) => i),
    );
    members.forEach((advisor, i) => {
      advisorPlans[advisor.payrollId] = {
        teamId,
        satisfactionOffset: (offsets[i] ?? 0) - meanOffset,
        handleTimeFactor: (speeds[i] ?? meanSpeed) / meanSpeed,
        pulseStyle: pulseStyleSpread * (((styleRanks[i] ?? 0) + 0.5) / members.length - 0.5),
      };
    });
  }
  return { teams, advisors, advisorPlans };
}

/** A customer of the demo centre: a stable email at client.example and the customer's language. */
function customerEmail(locale: Locale, index: number): string {
  const [firsts, lasts] =
    locale === 'en' ? [englishFirstNames, englishLastNames] : [frenchFirstNames, frenchLastNames];
  const first = firsts[(index * 7 + 3) % firsts.length] ?? 'client';
  const last = lasts[(index * 13 + Math.floor(index / firsts.length)) % lasts.length] ?? 'client';
  return `${emailLocalPart(first, last)}.${locale}${index + 1}@client.example`;
}

interface CustomerPools {
  readonly regulars: Readonly<Record<Locale, number>>;
  readonly occasionals: Readonly<Record<Locale, number>>;
}

function customerPools(expectedContacts: number, englishShare: number): CustomerPools {
  const size = (share: number, perCustomer: number) =>
    Math.max(1, Math.ceil((expectedContacts * share) / perCustomer));
  return {
    regulars: {
      fr: size((1 - englishShare) * regularShare, contactsPerRegular),
      en: size(englishShare * regularShare, contactsPerRegular),
    },
    occasionals: {
      fr: size((1 - englishShare) * (1 - regularShare), contactsPerOccasional),
      en: size(englishShare * (1 - regularShare), contactsPerOccasional),
    },
  };
}

function drawCustomer(rng: DemoRng, pools: CustomerPools, locale: Locale): string {
  const regulars = pools.regulars[locale];
  const index = bernoulli(rng, regularShare)
    ? integerBetween(rng, 0, regulars - 1)
    : regulars + integerBetween(rng, 0, pools.occasionals[locale] - 1);
  return customerEmail(locale, index);
}

function isActiveOn(advisor: AdvisorInput, date: string): boolean {
  return advisor.startDate <= date && (!advisor.endDate || date <= advisor.endDate);
}

/** Golden-ratio step of the channel rota: successive positions spread evenly over [0, 1). */
const rotaStep = (Math.sqrt(5) - 1) / 2;

/** The channel at a position in [0, 1) of the team's mix laid end to end. */
function channelAt(position: number, mix: Readonly<Record<Channel, number>>): Channel {
  let rest = position;
  const entries = Object.entries(mix) as [Channel, number][];
  for (const [channel, share] of entries) {
    rest -= share;
    if (rest < 0) return channel;
  }
  return entries.filter(([, share]) => share > 0).at(-1)?.[0] ?? 'phone';
}

interface DraftInteraction {
  readonly startMs: number;
  readonly interaction: Omit<InteractionInput, 'externalId'>;
}

function drawInteractions(
  rng: DemoRng,
  mondays: readonly string[],
  roster: Roster,
  teamWeekly: Readonly<Record<string, readonly DemoTeamWeek[]>>,
  teamHandleTimeFactor: Readonly<Record<string, number>>,
  contactsPerAdvisorWeek: number,
): InteractionInput[] {
  const setups = new Map(demoTeamSetups.map((s) => [s.teamId, s]));
  const meanFte = roster.advisors.reduce((s, a) => s + a.fte, 0) / roster.advisors.length;
  const meanEnglish = demoTeamSetups.reduce((s, t) => s + t.englishShare, 0) / demoTeamSetups.length;
  const pools = customerPools(roster.advisors.length * mondays.length * contactsPerAdvisorWeek, meanEnglish);
  const drafts: DraftInteraction[] = [];
  const rota = new Map(roster.advisors.map((a) => [a.payrollId, uniform(rng)]));

  mondays.forEach((monday, weekIndex) => {
    for (const advisor of roster.advisors) {
      const setup = setups.get(advisor.teamId);
      const latent = teamWeekly[advisor.teamId]?.[weekIndex];
      const advisorPlan = roster.advisorPlans[advisor.payrollId];
      if (!setup || !latent || !advisorPlan) continue;
      const openDays = setup.opensSaturday ? 6 : 5;
      const activeDays = Array.from({ length: openDays }, (_, d) => addDays(monday, d)).filter((date) =>
        isActiveOn(advisor, date),
      );
      if (activeDays.length === 0) continue;
      const expected =
        (contactsPerAdvisorWeek * (advisor.fte / meanFte) * (activeDays.length / openDays)) /
        latent.handleTimeFactor;
      const count = poisson(rng, expected);
      for (let k = 0; k < count; k += 1) {
        const date = activeDays[integerBetween(rng, 0, activeDays.length - 1)] ?? monday;
        const position = ((rota.get(advisor.payrollId) ?? 0) + rotaStep) % 1;
        rota.set(advisor.payrollId, position);
        const channel = channelAt(position, setup.channelMix);
        const [opens, closes] = channelHours[channel];
        const startMs = parisInstant(date, Math.floor(uniformBetween(rng, opens, closes) * 3600));
        const handleTimeSeconds = Math.min(
          86_400,
          Math.max(
            15,
            Math.round(
              channelMedianHandleSeconds[channel] *
                (teamHandleTimeFactor[advisor.teamId] ?? 1) *
                latent.handleTimeFactor *
                advisorPlan.handleTimeFactor *
                Math.exp(normal(rng, 0, handleTimeLogSd)),
            ),
          ),
        );
        const known = !bernoulli(rng, setup.unknownResolutionShare);
        const resolved = known ? bernoulli(rng, latent.onceAndDone) : null;
        const customerLocale: Locale = bernoulli(rng, setup.englishShare) ? 'en' : 'fr';
        drafts.push({
          startMs,
          interaction: {
            advisorId: advisor.payrollId,
            channel,
            startedAt: formatParis(startMs),
            endedAt: formatParis(startMs + handleTimeSeconds * 1000),
            handleTimeSeconds,
            ...(resolved === null && channel === 'social' ? {} : { resolvedFirstContact: resolved }),
            customerEmail: drawCustomer(rng, pools, customerLocale),
            customerLocale,
          },
        });
      }
    }
  });

  drafts.sort(
    (a, b) => a.startMs - b.startMs || a.interaction.advisorId.localeCompare(b.interaction.advisorId),
  );
  return drafts.map(({ interaction }, i) => ({
    externalId: `DP-${String(i + 1).padStart(6, '0')}`,
    ...interaction,
  }));
}

/**
 * Generates the reproducible demo contact centre: eight teams on three sites, about eighty
 * advisors, a half-year of interactions, and the plan of every latent series behind them (see
 * scripts/demo/README.md). Pure: no clock, no I/O, no global randomness; the same options give
 * the same centre, item for item.
 */
export function generateDemoCentre(options: DemoCentreOptions = {}): DemoCentre {
  const { seed, weeks, endWeekMonday, contactsPerAdvisorWeek } = validatedOptions(options);
  const mondays = weekMondaysEndingWith(endWeekMonday, weeks);
  const weekIds = mondays.map(isoWeekOfDate);

  const { teamWeekly, teamHandleTimeFactor } = drawTeamWeekly(createDemoRng(seed, streams.plan), weekIds);
  const roster = drawRoster(createDemoRng(seed, streams.roster), mondays);
  const interactions = drawInteractions(
    createDemoRng(seed, streams.interactions),
    mondays,
    roster,
    teamWeekly,
    teamHandleTimeFactor,
    contactsPerAdvisorWeek,
  );

  const plan: DemoPlan = {
    seed,
    weeks: weekIds,
    weekMondays: mondays,
    teamIds: demoTeamSetups.map((s) => s.teamId),
    teamProfiles: Object.fromEntries(demoTeamSetups.map((s) => [s.teamId, s.managementProfile])),
    channelMix: Object.fromEntries(demoTeamSetups.map((s) => [s.teamId, s.channelMix])),
    teamHandleTimeFactor,
    teamWeekly,
    plantedLead: {
      from: 'wellbeing',
      to: 'customer-satisfaction',
      lagPeriods: 1,
      correlation: plantedCorrelation,
      slope: plantedSlope,
    },
    pressureTeamId,
    pressure: pressurePlan(weekIds),
    dimensionLoadings,
    strongestDrivers: [strongestDrivers[0], strongestDrivers[1]],
    advisors: roster.advisorPlans,
  };
  return { teams: roster.teams, advisors: roster.advisors, interactions, plan };
}
