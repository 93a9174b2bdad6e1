import type { Channel, InteractionInput, Locale } from '../../shared/roster/index.js';
import type { PulseDimension } from '../../shared/surveys/pulse-dimensions.js';
import { isoWeekOf } from '../../shared/time/period.js';
import { type DemoPlan, type DemoTeamWeek, pulseStyleSpread } from './demo-plan.js';
import {
  bernoulli,
  betaBinomial,
  clamp,
  type DemoRng,
  normal,
  pick,
  roundedDraw,
  standardNormal,
  uniformBetween,
} from './demo-rng.js';
import { channelSatisfactionOffset } from './demo-teams.js';

/** One customer's answers to the survey about one interaction. */
export interface CustomerResponseDraw {
  /** 0–10. */
  readonly satisfaction: number;
  /** 0–10. */
  readonly recommendation: number;
  /** Resolved in this contact (once and done). */
  readonly resolved: boolean;
  /** 1 (very easy) to 7 (very hard). */
  readonly effort: number;
  readonly comment?: string;
}

/** One advisor's anonymous pulse answers for one week. */
export interface PulseAnswerDraw {
  /** 1–5 per asked dimension. */
  readonly items: Readonly<Partial<Record<PulseDimension, number>>>;
  /** 0–10; callers keep it only in the weeks that ask eNPS. */
  readonly enps: number;
}

/** Beta-binomial concentrations: lower spreads answers more towards the ends of the scale. */
const ratingConcentration = 6;
const effortConcentration = 8;
const enpsConcentration = 4;
/** Satisfaction gap (0–10 points) between a resolved and an unresolved contact. */
const resolutionGap = 1.2;
/** Spread (sd, 0–10 points) of one customer's satisfaction around the contact's expected score. */
const customerSpread = 0.4;
/** Spread (sd, 1–5) of one advisor's weekly feeling around the team's week, shared by all items. */
const moodSpread = 0.05;

const comments: Readonly<
  Record<Locale, Readonly<Record<'praise' | 'neutral' | 'complaint', readonly string[]>>>
> = {
  fr: {
    praise: [
      'Conseiller très à l’écoute, problème réglé en un seul appel.',
      'Réponse rapide et claire, merci !',
      'Très aimable et efficace.',
      'Enfin quelqu’un qui connaît son sujet.',
    ],
    neutral: [
      'Correct, mais j’ai dû patienter un peu.',
      'Réponse juste, un peu expéditive.',
      'Ça a fini par marcher.',
    ],
    complaint: [
      'J’ai dû rappeler plusieurs fois, rien n’est réglé.',
      'On m’a renvoyé d’un service à l’autre.',
      'Le conseiller n’avait pas l’information.',
      'Trop pressé, je n’ai pas pu expliquer mon problème.',
    ],
  },
  en: {
    praise: [
      'Very helpful, sorted in one call.',
      'Quick and clear answer, thank you!',
      'Friendly and efficient.',
    ],
    neutral: ['Fine, but I had to wait a while.', 'Correct answer, a bit rushed.'],
    complaint: [
      'I had to call back several times and it is still not fixed.',
      'I was passed from one department to another.',
      'The advisor did not have the information.',
    ],
  },
};

function teamWeekOf(plan: DemoPlan, teamId: string, week: string): DemoTeamWeek {
  const index = plan.weeks.indexOf(week);
  const latent = plan.teamWeekly[teamId]?.[index];
  if (index < 0 || !latent) throw new RangeError(`no demo plan for team ${teamId} in week ${week}`);
  return latent;
}

function centredChannelOffset(plan: DemoPlan, teamId: string, channel: Channel): number {
  const mix = plan.channelMix[teamId];
  if (!mix) return 0;
  const average = (Object.entries(mix) as [Channel, number][]).reduce(
    (sum, [c, share]) => sum + share * channelSatisfactionOffset[c],
    0,
  );
  return channelSatisfactionOffset[channel] - average;
}

/**
 * Draws one customer's survey answers for a demo interaction, consistent with the plan: over a
 * team's contacts of one week, satisfaction averages the week's `customerSatisfaction`,
 * recommendation its `recommendation`, effort its `effort`, and `resolved` its `onceAndDone`.
 * Around those means: the advisor's own offset, the channel, and whether the contact was
 * resolved (taken from the interaction when its source system knows it). A comment comes with
 * about one answer in five, more often after a poor contact.
 * Throws when the interaction's advisor or week is not in the plan.
 */
export function sampleCustomerResponse(
  rng: DemoRng,
  plan: DemoPlan,
  interaction: InteractionInput,
): CustomerResponseDraw {
  const advisor = plan.advisors[interaction.advisorId];
  if (!advisor) throw new RangeError(`advisor ${interaction.advisorId} is not in the demo plan`);
  const latent = teamWeekOf(plan, advisor.teamId, isoWeekOf(new Date(interaction.startedAt)));
  const p = latent.onceAndDone;
  const resolved =
    typeof interaction.resolvedFirstContact === 'boolean'
      ? interaction.resolvedFirstContact
      : bernoulli(rng, p);
  const resolutionShift = resolved ? resolutionGap * (1 - p) : -resolutionGap * p;
  const contactShift =
    advisor.satisfactionOffset +
    centredChannelOffset(plan, advisor.teamId, interaction.channel) +
    resolutionShift;
  const satisfactionMean = clamp(latent.customerSatisfaction + contactShift, 0.2, 9.9);
  const satisfaction = roundedDraw(rng, satisfactionMean + normal(rng, 0, customerSpread), 0, 10);
  const surprise = satisfaction - satisfactionMean;
  const recommendationMean = clamp(latent.recommendation + 0.8 * contactShift + 0.5 * surprise, 0.2, 9.9);
  const recommendation = betaBinomial(rng, 10, recommendationMean / 10, ratingConcentration);
  const effortMean = clamp(
    latent.effort - 0.2 * surprise + (resolved ? -0.8 * (1 - p) : 0.8 * p),
    1.05,
    6.95,
  );
  const effort = 1 + betaBinomial(rng, 6, (effortMean - 1) / 6, effortConcentration);
  const tone = satisfaction >= 9 ? 'praise' : satisfaction >= 7 ? 'neutral' : 'complaint';
  const comment = bernoulli(rng, tone === 'complaint' ? 0.4 : 0.15)
    ? pick(rng, comments[interaction.customerLocale][tone])
    : undefined;
  return { satisfaction, recommendation, resolved, effort, ...(comment === undefined ? {} : { comment }) };
}

/**
 * Draws one advisor's pulse answers (1–5 per asked dimension, eNPS 0–10) for a team and ISO
 * week of the plan: each item is the week's `pulse[dimension]` plus the advisor's stable
 * `pulseStyle` and a small weekly mood, rounded, so one person's answers hang together. Styles
 * spread evenly over a team (or drawn uniformly when `pulseStyle` is omitted) make each item
 * average `pulse[dimension]`; eNPS averages `enps`. Throws when the team or week is not in the plan.
 */
export function samplePulseAnswer(
  rng: DemoRng,
  plan: DemoPlan,
  teamId: string,
  week: string,
  dimensions: readonly PulseDimension[],
  pulseStyle: number = uniformBetween(rng, -pulseStyleSpread / 2, pulseStyleSpread / 2),
): PulseAnswerDraw {
  const latent = teamWeekOf(plan, teamId, week);
  const personal = standardNormal(rng);
  const feeling = pulseStyle + moodSpread * personal;
  const items: Partial<Record<PulseDimension, number>> = {};
  for (const dimension of dimensions) {
    items[dimension] = clamp(Math.round(latent.pulse[dimension] + feeling), 1, 5);
  }
  const enpsMean = clamp(latent.enps + personal, 0.2, 9.8);
  return { items, enps: betaBinomial(rng, 10, enpsMean / 10, enpsConcentration) };
}
