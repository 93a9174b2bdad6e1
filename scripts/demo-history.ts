import { randomUUID } from 'node:crypto';
import { aggregateItemOf, aggregateKeyString } from '../functions/adapters/dynamo/aggregate-updates.js';
import {
  interactionItem,
  operationsAggregateItem,
  operationsDeltas,
  pendingSurveyItem,
} from '../functions/adapters/dynamo/interaction.repository.js';
import { entityTypes, keys } from '../functions/adapters/dynamo/keys.js';
import { advisorCommentItem, customerResponseItem } from '../functions/adapters/dynamo/survey.repository.js';
import type { InteractionToRecord } from '../functions/services/ports/interaction.port.js';
import { pulseInvitationId } from '../functions/services/pulse-dispatch.service.js';
import { type CounterDelta, customerResponseDeltas, sumDeltas } from '../shared/aggregates/counter-deltas.js';
import { pulseWeekQuestions } from '../shared/logics/ways-of-working-module.js';
import { countsTowardKFrom } from '../shared/publication/k-eligibility.js';
import type { AnonymousPulseAnswer, PulseParticipation } from '../shared/publication/pulse-cells.js';
import {
  type Advisor,
  advisorSchema,
  type Interaction,
  interactionSchema,
  isActiveInWeek,
  type Team,
  teamSchema,
  utcInstant,
} from '../shared/roster/index.js';
import type { CustomerAnswer } from '../shared/surveys/customer-response.schema.js';
import { pulseItemsFor } from '../shared/surveys/pulse-bank.js';
import type { PulseDimension } from '../shared/surveys/pulse-dimensions.js';
import { customerSurveyWindowDays } from '../shared/surveys/survey-window.js';
import { isoWeekOf, quarterOf } from '../shared/time/period.js';
import {
  createDemoRng,
  type DemoCentre,
  sampleCustomerResponse,
  samplePulseAnswer,
} from './demo/demo-centre.js';
import { demoTools, withPlantedModuleAnswers } from './demo/demo-logics.js';
import { demoCommentRng, demoPulseComment } from './demo/demo-pulse-comments.js';
import { uniform } from './demo/demo-rng.js';

/** Share of surveyed customers who answer, and of advisors who answer their weekly pulse. */
export const demoResponseRate = 0.5;
export const demoPulseParticipation = 0.9;

export interface DemoHistory {
  readonly teams: Team[];
  readonly advisors: Advisor[];
  readonly mainItems: Record<string, unknown>[];
  /** The anonymous answers, to be sealed when written to the pulse table. */
  readonly pulseAnswers: AnonymousPulseAnswer[];
  /** Who answered which week (the answered invitations among `mainItems`). */
  readonly participation: PulseParticipation[];
  readonly counts: { interactions: number; pendingSurveys: number; responses: number; pulseAnswers: number };
}

/**
 * The pulse week still open when the demo is seeded: only the advisors who already answered
 * it have their (answered) invitation in the history; the pulse dispatch invites the others,
 * `awaiting` among them, who have not answered yet whatever the plan draws.
 */
export interface DemoOpenWeek {
  readonly openWeek?: string | undefined;
  readonly awaiting?: ReadonlySet<string> | undefined;
}

/**
 * Turns the generated demo centre into stored items: the roster, the interactions (with their
 * operations counters), a half-year of customer responses (with each comment for its advisor's
 * page) and anonymous advisor pulses (the monthly module's answers following three planted
 * logics), and their aggregates, computed with the same delta and
 * item functions as live recording. Contacts still inside the survey window are left pending,
 * for the survey job to send.
 */
export function buildDemoHistory(
  centre: DemoCentre,
  now: Date,
  customerKey: (email: string) => string,
  pulse: DemoOpenWeek = {},
): DemoHistory {
  const rng = createDemoRng(centre.plan.seed, 3);
  const pulseRng = createDemoRng(centre.plan.seed, 4);
  const commentRng = demoCommentRng(centre.plan.seed);
  const teams = centre.teams.map((t) => teamSchema.parse(t));
  const advisors = centre.advisors.map((a) => advisorSchema.parse(a));
  const advisorById = new Map(advisors.map((a) => [a.payrollId, a]));
  const receivedAt = now.toISOString();
  const mainItems: Record<string, unknown>[] = [];
  const pulseAnswers: AnonymousPulseAnswer[] = [];
  const participation: PulseParticipation[] = [];
  const deltas: CounterDelta[] = [];
  const records: InteractionToRecord[] = [];
  const lastSurveyed = new Map<string, string>();
  let pendingSurveys = 0;
  let responses = 0;

  for (const input of centre.interactions) {
    const { customerEmail, ...reported } = interactionSchema.parse(input);
    // stored as live recording stores them: instants in UTC, so date windows find them
    const report = {
      ...reported,
      startedAt: utcInstant(reported.startedAt),
      endedAt: utcInstant(reported.endedAt),
    };
    const advisor = advisorById.get(report.advisorId);
    if (!advisor) throw new Error(`demo interaction ${report.externalId} has no advisor`);
    const interaction: Interaction = {
      ...report,
      teamId: advisor.teamId,
      customerKey: customerKey(customerEmail),
      receivedAt,
    };
    records.push({ interaction });
    mainItems.push(interactionItem(interaction));
    const expiresAt = Math.floor(Date.parse(report.endedAt) / 1000) + customerSurveyWindowDays * 86_400;
    if (expiresAt > now.getTime() / 1000) {
      mainItems.push(pendingSurveyItem(interaction, { customerEmail, expiresAt }));
      pendingSurveys++;
      continue;
    }
    const previous = lastSurveyed.get(interaction.customerKey);
    if (previous && Date.parse(report.endedAt) - Date.parse(previous) < 30 * 86_400_000) continue;
    lastSurveyed.set(interaction.customerKey, report.endedAt);
    const draw = sampleCustomerResponse(rng, centre.plan, input);
    if (uniform(rng) >= demoResponseRate) continue;
    const answer: CustomerAnswer = {
      satisfaction: draw.satisfaction,
      recommendation: draw.recommendation,
      resolved: draw.resolved,
      effort: draw.effort,
      ...(draw.comment ? { comment: draw.comment } : {}),
    };
    const started = new Date(report.startedAt);
    const context = {
      invitationId: `demo-${report.externalId}`,
      interactionId: report.externalId,
      advisorId: report.advisorId,
      teamId: advisor.teamId,
      channel: report.channel,
      workMode: advisor.workMode,
      period: isoWeekOf(started),
      quarter: quarterOf(started),
      locale: report.customerLocale,
      customerKey: interaction.customerKey,
      expiresAt: 0,
    };
    const responseId = randomUUID();
    mainItems.push(customerResponseItem(context, answer, responseId));
    const comment = advisorCommentItem(context, answer, responseId);
    if (comment) mainItems.push(comment);
    deltas.push(...customerResponseDeltas(context, answer));
    responses++;
  }
  for (const [key, at] of lastSurveyed) {
    mainItems.push({ ...keys.customerContact(key), type: entityTypes.customerContact, lastSurveyedAt: at });
  }
  mainItems.push(...operationsDeltas(records).map(operationsAggregateItem));

  for (const week of centre.plan.weeks) {
    const items = pulseItemsFor(week);
    const dimensions = items.flatMap((i) => (i.dimension === 'enps' ? [] : [i.dimension as PulseDimension]));
    // The items the week asks: in the monthly module's week, wellbeing (and eNPS) then the
    // module (drawn on the same stream either way, so other weeks' answers do not move).
    const asked = new Set(pulseWeekQuestions(week, demoTools).pulse.map((i) => i.id));
    const weekAnswers: AnonymousPulseAnswer[] = [];
    for (const advisor of advisors) {
      if (!isActiveInWeek(advisor, week)) continue;
      const invitationId = pulseInvitationId(advisor.payrollId, week);
      const open = week === pulse.openWeek;
      const answers =
        uniform(pulseRng) < demoPulseParticipation && !(open && pulse.awaiting?.has(advisor.payrollId));
      if (open && !answers) continue;
      mainItems.push({
        ...keys.pulseInvitation(invitationId),
        ...keys.pulseInvitationListing(week, advisor.teamId, advisor.payrollId),
        type: entityTypes.pulseInvitation,
        invitationId,
        advisorId: advisor.payrollId,
        advisorEmail: advisor.email,
        teamId: advisor.teamId,
        workMode: advisor.workMode,
        locale: advisor.locale,
        period: week,
        countsTowardKFrom: countsTowardKFrom(advisor),
        ...(answers ? { answered: true } : { reminded: true }),
      });
      if (!answers) continue;
      const draw = samplePulseAnswer(
        pulseRng,
        centre.plan,
        advisor.teamId,
        week,
        dimensions,
        centre.plan.advisors[advisor.payrollId]?.pulseStyle,
      );
      const itemAnswers: Record<string, number> = {};
      for (const item of items) {
        if (!asked.has(item.id)) continue;
        const value = item.dimension === 'enps' ? draw.enps : draw.items[item.dimension];
        if (value !== undefined) itemAnswers[item.id] = value;
      }
      const comment = demoPulseComment(commentRng, advisor.locale, draw.items.wellbeing);
      weekAnswers.push({
        teamId: advisor.teamId,
        week,
        workMode: advisor.workMode,
        answers: itemAnswers,
        ...(comment ? { comment } : {}),
      });
      participation.push({
        advisorId: advisor.payrollId,
        teamId: advisor.teamId,
        workMode: advisor.workMode,
        week,
        countsTowardKFrom: countsTowardKFrom(advisor),
      });
    }
    // The module week's answers follow the three planted logics (scripts/demo/demo-logics.ts).
    pulseAnswers.push(...withPlantedModuleAnswers(centre.plan.seed, week, weekAnswers));
  }

  for (const total of sumDeltas(deltas, aggregateKeyString)) {
    const { key, attributes } = aggregateItemOf(total.target);
    mainItems.push({ ...key, ...attributes, ...total.add });
  }
  return {
    teams,
    advisors,
    mainItems,
    pulseAnswers,
    participation,
    counts: { interactions: records.length, pendingSurveys, responses, pulseAnswers: pulseAnswers.length },
  };
}
