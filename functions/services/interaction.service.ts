import { type Interaction, interactionBatchSchema } from '../../shared/roster/index.js';
import { customerSurveyWindowDays } from '../../shared/surveys/survey-window.js';
import { NotFoundError, ValidationError } from './errors.js';
import type { Clock } from './ports/clock.port.js';
import type { InteractionRepository, InteractionToRecord } from './ports/interaction.port.js';
import type { Page, PageRequest, RosterRepository } from './ports/roster.port.js';
import { rejectRepeatedIds } from './roster.service.js';
import { assertTeamsInScope, type CallerScope, canAccessTeam } from './scope.js';
import { parseOrThrow } from './validation.js';

export interface InteractionDeps {
  readonly roster: RosterRepository;
  readonly interactions: InteractionRepository;
  readonly clock: Clock;
  /** Keyed hash of a customer email (see adapters/customer-key). */
  readonly customerKey: (email: string) => string;
}

export interface BatchReceipt {
  readonly received: number;
  readonly stored: string[];
  readonly duplicates: string[];
}

/**
 * Records a batch of up to 500 customer contacts.
 * 1. validate every interaction; a bad one rejects the whole batch and nothing is stored
 * 2. check every advisor is known and in the caller's scope
 * 3. replace the customer email by its keyed hash; keep the plain email only in a pending
 *    survey that expires with the survey window
 * 4. store each interaction once: one already stored under its external id is a duplicate
 */
export async function recordInteractionBatch(
  deps: InteractionDeps,
  scope: CallerScope,
  body: unknown,
): Promise<BatchReceipt> {
  const { interactions } = parseOrThrow(interactionBatchSchema, body);
  rejectRepeatedIds(
    interactions.map((i) => i.externalId),
    'interactions',
    'externalId',
  );
  const advisors = await deps.roster.getAdvisors(interactions.map((i) => i.advisorId));
  const unknown = interactions.flatMap((i, index) =>
    advisors.has(i.advisorId)
      ? []
      : [{ path: `interactions[${index}].advisorId`, message: `unknown advisor "${i.advisorId}"` }],
  );
  if (unknown.length) throw new ValidationError(unknown);
  assertTeamsInScope(
    scope,
    [...advisors.values()].map((a) => a.teamId),
  );

  const now = deps.clock.now();
  const receivedAt = now.toISOString();
  const toRecord: InteractionToRecord[] = interactions.map(({ customerEmail, ...report }) => {
    const advisor = advisors.get(report.advisorId);
    if (!advisor) throw new Error('advisor checked above');
    const interaction: Interaction = {
      ...report,
      teamId: advisor.teamId,
      customerKey: deps.customerKey(customerEmail),
      receivedAt,
    };
    const expiresAt = Math.floor(Date.parse(report.endedAt) / 1000) + customerSurveyWindowDays * 86_400;
    return expiresAt > now.getTime() / 1000
      ? { interaction, pendingSurvey: { customerEmail, expiresAt } }
      : { interaction };
  });
  const outcome = await deps.interactions.recordInteractions(toRecord);
  return { received: interactions.length, ...outcome };
}

export async function getInteraction(
  deps: InteractionDeps,
  scope: CallerScope,
  externalId: string,
): Promise<Interaction> {
  const interaction = await deps.interactions.getInteraction(externalId);
  if (!interaction || !canAccessTeam(scope, interaction.teamId))
    throw new NotFoundError(`No interaction "${externalId}"`);
  return interaction;
}

export async function listInteractionsOfAdvisor(
  deps: InteractionDeps,
  scope: CallerScope,
  request: PageRequest & { advisorId: string; from?: string | undefined; to?: string | undefined },
): Promise<Page<Interaction>> {
  const advisor = await deps.roster.getAdvisor(request.advisorId);
  if (!advisor || !canAccessTeam(scope, advisor.teamId))
    throw new NotFoundError(`No advisor "${request.advisorId}"`);
  return deps.interactions.listInteractionsOfAdvisor(request);
}
