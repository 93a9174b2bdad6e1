import type { Channel, ManagementProfile } from '../../shared/roster/index.js';
import { type PulseDimension, pulseDimensions } from '../../shared/surveys/pulse-dimensions.js';
import { clamp, type DemoRng, normal, standardNormal, uniformBetween } from './demo-rng.js';
import {
  channelMedianHandleSeconds,
  type DemoTeamSetup,
  demoTeamSetups,
  handleTimeLogSd,
  pressureTeamId,
} from './demo-teams.js';

/** The latent state of one team in one ISO week: what surveys and interactions are drawn from. */
export interface DemoTeamWeek {
  readonly week: string;
  /** Advisor wellbeing index W_t, 0–100. */
  readonly wellbeing: number;
  /** Mean customer satisfaction, 0–10. Follows wellbeing one week earlier (the planted lead). */
  readonly customerSatisfaction: number;
  /** Mean recommendation, 0–10. */
  readonly recommendation: number;
  /** Probability that a contact is resolved at first contact (once and done), 0–1. */
  readonly onceAndDone: number;
  /** Mean customer effort, 1 (very easy) to 7 (very hard). */
  readonly effort: number;
  /** Mean answer per pulse dimension on the 1–5 agreement scale. */
  readonly pulse: Readonly<Record<PulseDimension, number>>;
  /** Mean eNPS answer, 0–10. */
  readonly enps: number;
  /** Multiplier from productivity pressure on the team's usual handle time (1 = usual, below 1 = faster). */
  readonly handleTimeFactor: number;
  /** Expected mean handle time of the team's contacts this week, in seconds. */
  readonly expectedHandleTimeSeconds: number;
}

/** How one pulse dimension's weekly mean is derived from wellbeing. */
export interface DimensionLoading {
  /** Level on 1–5 when W = 60. */
  readonly base: number;
  /** Change on 1–5 per 20 points of wellbeing. */
  readonly loading: number;
  /** Standard deviation of the dimension's own weekly noise on 1–5. */
  readonly noiseSd: number;
}

export interface PlantedLead {
  readonly from: 'wellbeing';
  readonly to: 'customer-satisfaction';
  readonly lagPeriods: 1;
  /** Within-team correlation between W_t and S_{t+1}, the same in every team and pooled. */
  readonly correlation: number;
  /** Expected change of S_{t+1} (0–10) per point of W_t (0–100). */
  readonly slope: number;
}

export interface PressurePlan {
  readonly teamId: string;
  /** The weeks under pressure, in order (the last weeks of the half-year). */
  readonly weeks: readonly string[];
  /** Points of wellbeing lost by the team mean from before the pressure to its last week. */
  readonly wellbeingDrop: number;
  /** Handle-time factor reached in the last week (1 before the pressure). */
  readonly finalHandleTimeFactor: number;
}

export interface DemoAdvisorPlan {
  readonly teamId: string;
  /** This advisor's offset on customer satisfaction (0–10 points), centred within the team. */
  readonly satisfactionOffset: number;
  /** This advisor's handle-time multiplier, mean 1 within the team. */
  readonly handleTimeFactor: number;
  /**
   * This advisor's pulse response style: how far above (or below) their feeling they answer, on
   * the 1–5 scale. Stable over time and spread evenly over the team (±`pulseStyleSpread`/2).
   */
  readonly pulseStyle: number;
}

/** Everything planted in the demo centre, for the seeding script and for later analysis. */
export interface DemoPlan {
  readonly seed: number;
  /** ISO week ids in order, e.g. `2026-W22` … `2026-W47`. */
  readonly weeks: readonly string[];
  /** Monday (YYYY-MM-DD) of each week in `weeks`. */
  readonly weekMondays: readonly string[];
  readonly teamIds: readonly string[];
  readonly teamProfiles: Readonly<Record<string, ManagementProfile>>;
  readonly channelMix: Readonly<Record<string, Readonly<Record<Channel, number>>>>;
  /** Each team's usual handle-time multiplier on the channel medians (0.9–1.1). */
  readonly teamHandleTimeFactor: Readonly<Record<string, number>>;
  /** Per team, one entry per week of `weeks`. */
  readonly teamWeekly: Readonly<Record<string, readonly DemoTeamWeek[]>>;
  readonly plantedLead: PlantedLead;
  readonly pressureTeamId: string;
  readonly pressure: PressurePlan;
  readonly dimensionLoadings: Readonly<Record<PulseDimension, DimensionLoading>>;
  /** The two dimensions that follow wellbeing most closely, hence drive customer scores most. */
  readonly strongestDrivers: readonly [PulseDimension, PulseDimension];
  readonly advisors: Readonly<Record<string, DemoAdvisorPlan>>;
}

/** The planted lead: S_{t+1} follows W_t within each team with this correlation. */
export const plantedCorrelation = 0.6;
/** Satisfaction points (0–10) per wellbeing point (0–100) in the planted lead. */
export const plantedSlope = 0.04;

/** Width of the range of advisors' pulse response styles within a team, on the 1–5 scale. */
export const pulseStyleSpread = 2;

/** AR(1) persistence and innovation standard deviation of weekly wellbeing around its mean. */
const wellbeingPersistence = 0.4;
const wellbeingInnovationSd = 7.3;
const pressureWellbeingDrop = 30;
const pressureFinalHandleTimeFactor = 0.7;

/**
 * Pulse dimensions: weekly mean = base + loading·(W − 60)/20 + noise. Small noise relative to the
 * loading means the dimension tracks wellbeing closely and so moves most with customer scores:
 * tools-knowledge and manager-support are the strongest drivers, team-spirit and meaning the
 * weakest. Tools-knowledge also sets the once-and-done probability directly.
 */
export const dimensionLoadings: Readonly<Record<PulseDimension, DimensionLoading>> = {
  wellbeing: { base: 3.4, loading: 0.8, noiseSd: 0.045 },
  workload: { base: 3.1, loading: 0.45, noiseSd: 0.16 },
  autonomy: { base: 3.5, loading: 0.3, noiseSd: 0.2 },
  'manager-support': { base: 3.6, loading: 0.5, noiseSd: 0.02 },
  'tools-knowledge': { base: 3.5, loading: 0.5, noiseSd: 0.015 },
  recognition: { base: 3.2, loading: 0.3, noiseSd: 0.22 },
  meaning: { base: 3.8, loading: 0.25, noiseSd: 0.25 },
  'team-spirit': { base: 3.9, loading: 0.25, noiseSd: 0.3 },
  'work-life-balance': { base: 3.4, loading: 0.35, noiseSd: 0.25 },
};
export const strongestDrivers = ['tools-knowledge', 'manager-support'] as const;

const profileWellbeingShift: Readonly<Record<ManagementProfile, number>> = {
  connector: 6,
  teacher: 2,
  cheerleader: 2,
  'always-on': -3,
  unknown: 0,
};
const profileManagerSupportShift: Readonly<Record<ManagementProfile, number>> = {
  connector: 0.3,
  teacher: 0.15,
  cheerleader: 0.1,
  'always-on': -0.2,
  unknown: 0,
};

function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
function logit(p: number): number {
  return Math.log(p / (1 - p));
}

function mean(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

/** Population standard deviation of already centred values. */
function rootMeanSquare(values: readonly number[]): number {
  return Math.sqrt(values.reduce((s, v) => s + v * v, 0) / values.length);
}

/** Team-level constants drawn once per team. */
interface TeamLevels {
  readonly wellbeingMean: number;
  readonly satisfactionMean: number;
  readonly recommendationOffset: number;
  readonly onceAndDoneBase: number;
  readonly effortBase: number;
  readonly handleTimeFactor: number;
}

function drawTeamLevels(rng: DemoRng, setup: DemoTeamSetup): TeamLevels {
  const wellbeingMean = 62 + profileWellbeingShift[setup.managementProfile] + uniformBetween(rng, -4, 4);
  const connectorBonus = setup.managementProfile === 'connector' ? 0.25 : 0;
  return {
    wellbeingMean,
    satisfactionMean: 5.2 + 0.045 * wellbeingMean + connectorBonus + uniformBetween(rng, -0.2, 0.2),
    recommendationOffset: uniformBetween(rng, -0.5, 0.1),
    onceAndDoneBase: uniformBetween(rng, 0.68, 0.8),
    effortBase: 2.3 + uniformBetween(rng, -0.3, 0.3),
    handleTimeFactor: uniformBetween(rng, 0.9, 1.1),
  };
}

/**
 * Pressure progress in week i: 0 before the pressure, then (1/P)², (2/P)² … 1 over its P weeks:
 * the pressure builds up and bites hardest in its last weeks.
 */
function pressureProgress(weekIndex: number, weeks: number, pressureWeeks: number): number {
  const first = weeks - pressureWeeks;
  return weekIndex < first ? 0 : ((weekIndex - first + 1) / pressureWeeks) ** 2;
}

/**
 * Weekly customer satisfaction with the planted lead built in exactly: within each team, the
 * pairs (W_t, S_{t+1}) are centred, fresh noise is centred and made orthogonal to centred W, and
 * S_{t+1} = s̄ + slope·w̃_t + noise scaled so that the team's correlation is `correlation`. As every
 * team shares the slope, S's within-team spread is proportional to W's, and the pooled
 * repeated-measures correlation (Bakdash & Marusich 2017) equals the per-team one. S_0 has no
 * preceding week and is drawn around the team mean.
 */
function satisfactionSeries(
  rng: DemoRng,
  wellbeing: readonly number[],
  satisfactionMean: number,
  correlation: number,
  slope: number,
): number[] {
  const leading = wellbeing.slice(0, -1);
  const leadingMean = mean(leading);
  const centredW = leading.map((w) => w - leadingMean);
  const draws = leading.map(() => standardNormal(rng));
  const drawMean = mean(draws);
  const centredNoise = draws.map((e) => e - drawMean);
  const sww = centredW.reduce((s, w) => s + w * w, 0);
  const swe = centredW.reduce((s, w, i) => s + w * (centredNoise[i] ?? 0), 0);
  const orthogonal = centredNoise.map((e, i) => e - (sww > 0 ? (swe / sww) * (centredW[i] ?? 0) : 0));
  const sdW = rootMeanSquare(centredW);
  const sdNoise = rootMeanSquare(orthogonal);
  const noiseScale =
    sdNoise > 0 ? (slope * sdW * Math.sqrt(1 - correlation ** 2)) / correlation / sdNoise : 0;
  const first = normal(rng, satisfactionMean, (slope * sdW) / correlation);
  const following = centredW.map((w, i) => satisfactionMean + slope * w + noiseScale * (orthogonal[i] ?? 0));
  return [first, ...following];
}

/**
 * Weekly AR(1) wellbeing around a mean that may move (the pressure team's falling mean). Under
 * pressure (`progress` from 0 to 1) the usual week-to-week swings give way to the decline.
 */
function wellbeingSeries(rng: DemoRng, means: readonly number[], progress: readonly number[]): number[] {
  const stationarySd = wellbeingInnovationSd / Math.sqrt(1 - wellbeingPersistence ** 2);
  const series: number[] = [];
  let deviation = normal(rng, 0, stationarySd);
  means.forEach((m, i) => {
    series.push(clamp(m + (1 - (progress[i] ?? 0)) * deviation, 0, 100));
    deviation = wellbeingPersistence * deviation + normal(rng, 0, wellbeingInnovationSd);
  });
  return series;
}

function expectedHandleTime(setup: DemoTeamSetup, factor: number): number {
  const meanOverMedian = Math.exp(handleTimeLogSd ** 2 / 2);
  let total = 0;
  for (const [channel, share] of Object.entries(setup.channelMix) as [Channel, number][]) {
    total += share * channelMedianHandleSeconds[channel] * meanOverMedian;
  }
  return total * factor;
}

/** Weeks under pressure for a half-year of `weeks` weeks: 10, or half the weeks when shorter. */
export function pressureWeekCount(weeks: number): number {
  return Math.min(10, Math.floor(weeks / 2));
}

/**
 * Draws the latent weekly series of every demo team: wellbeing, customer satisfaction with the
 * planted one-week lead, recommendation, once-and-done, effort, pulse dimensions, eNPS and
 * handle-time factors. Pure: everything comes from `rng` and the arguments.
 */
export function drawTeamWeekly(
  rng: DemoRng,
  weeks: readonly string[],
): { teamWeekly: Record<string, DemoTeamWeek[]>; teamHandleTimeFactor: Record<string, number> } {
  const weekCount = weeks.length;
  const pressureWeeks = pressureWeekCount(weekCount);
  const teamWeekly: Record<string, DemoTeamWeek[]> = {};
  const teamHandleTimeFactor: Record<string, number> = {};
  for (const setup of demoTeamSetups) {
    const levels = drawTeamLevels(rng, setup);
    const underPressure = setup.teamId === pressureTeamId;
    const progress = weeks.map((_, i) => (underPressure ? pressureProgress(i, weekCount, pressureWeeks) : 0));
    const wellbeing = wellbeingSeries(
      rng,
      progress.map((p) => levels.wellbeingMean - pressureWellbeingDrop * p),
      progress,
    );
    const satisfaction = satisfactionSeries(
      rng,
      wellbeing,
      levels.satisfactionMean,
      plantedCorrelation,
      plantedSlope,
    );
    const series: DemoTeamWeek[] = [];
    for (let i = 0; i < weekCount; i += 1) {
      const w = wellbeing[i] ?? levels.wellbeingMean;
      const s = clamp(satisfaction[i] ?? levels.satisfactionMean, 0, 10);
      const pulse = {} as Record<PulseDimension, number>;
      for (const dimension of pulseDimensions) {
        const { base, loading, noiseSd } = dimensionLoadings[dimension];
        const shift =
          dimension === 'manager-support' ? profileManagerSupportShift[setup.managementProfile] : 0;
        pulse[dimension] = clamp(base + shift + (loading * (w - 60)) / 20 + normal(rng, 0, noiseSd), 1, 5);
      }
      const tools = pulse['tools-knowledge'];
      const onceAndDone = logistic(
        logit(levels.onceAndDoneBase) + 1.5 * (tools - dimensionLoadings['tools-knowledge'].base),
      );
      const handleTimeFactor = 1 - (1 - pressureFinalHandleTimeFactor) * (progress[i] ?? 0);
      series.push({
        week: weeks[i] ?? '',
        wellbeing: w,
        customerSatisfaction: s,
        recommendation: clamp(s + levels.recommendationOffset + normal(rng, 0, 0.12), 0, 10),
        onceAndDone,
        effort: clamp(
          levels.effortBase -
            2 * (onceAndDone - 0.74) -
            0.25 * (s - levels.satisfactionMean) +
            normal(rng, 0, 0.06),
          1,
          7,
        ),
        pulse,
        enps: clamp(w / 10 - 0.5 + normal(rng, 0, 0.1), 0, 10),
        handleTimeFactor,
        expectedHandleTimeSeconds: expectedHandleTime(setup, levels.handleTimeFactor * handleTimeFactor),
      });
    }
    teamWeekly[setup.teamId] = series;
    teamHandleTimeFactor[setup.teamId] = levels.handleTimeFactor;
  }
  return { teamWeekly, teamHandleTimeFactor };
}

export function pressurePlan(weeks: readonly string[]): PressurePlan {
  return {
    teamId: pressureTeamId,
    weeks: weeks.slice(weeks.length - pressureWeekCount(weeks.length)),
    wellbeingDrop: pressureWellbeingDrop,
    finalHandleTimeFactor: pressureFinalHandleTimeFactor,
  };
}
