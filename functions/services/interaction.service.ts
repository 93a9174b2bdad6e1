import * as z from 'zod/mini';
import {
  type Advisor,
  entityId,
  type Interaction,
  type InteractionReport,
  interactionSchema,
  maxInteractionBatch,
  utcInstant,
} from '../../shared/roster/index.js';
import { customerSurveyWindowDays } from '../../shared/surveys/survey-window.js';
import { ConflictError, type FieldProblem, NotFoundError, ValidationError } from './errors.js';
import type { Clock } from './ports/clock.port.js';
import type { InteractionRepository, InteractionToRecord } from './ports/interaction.port.js';
import type { Page, PageRequest, RosterRepository } from './ports/roster.port.js';
import { type CallerScope, canAccessTeam } from './scope.js';
import { parseOrThrow, schemaProblems } from './validation.js';

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

/** How far in the future a contact may end (clock skew between the source system and us). */
export const maxContactEndAheadMs = 5 * 60_000;

const comparedFields = [
  'advisorId',
  'channel',
  'startedAt',
  'endedAt',
  'handleTimeSeconds',
  'resolvedFirstContact',
  'customerLocale',
  'customerKey',
] as const;

/** Whether two records of one external id describe the same contact (instants compared as instants). */
function sameContact(a: Interaction, b: Interaction): boolean {
  return comparedFields.every((f) =>
    f === 'startedAt' || f === 'endedAt'
      ? Date.parse(a[f]) === Date.parse(b[f])
      : (a[f] ?? null) === (b[f] ?? null),
  );
}

/** The batch's envelope: 1 to 500 items, each then validated on its own so every bad one is named. */
const batchEnvelope = z.object({
  interactions: z.array(z.unknown()).check(z.minLength(1), z.maxLength(maxInteractionBatch)),
});

/**
 * Records a batch of up to 500 customer contacts.
 * 1. validate every interaction on its own and check each advisor is known and in the caller's
 *    scope (one outside it reads as unknown), that no contact ends more than 5 minutes from now
 *    nor starts after its advisor's leaving date, and that no externalId repeats; every bad item
 *    is named in one answer, and one bad item rejects the whole batch (nothing is stored)
 * 2. store instants in UTC
 * 3. replace the customer email by its keyed hash; keep the plain email only in a pending
 *    survey that expires with the survey window, counted from the contact's end (never later than now)
 * 4. external ids are namespaced by the advisor's team: the same id already stored for that team
 *    with the same content is a duplicate, with other content a 409 naming it
 */
export async function recordInteractionBatch(
  deps: InteractionDeps,
  scope: CallerScope,
  body: unknown,
): Promise<BatchReceipt> {
  const { interactions: items } = parseOrThrow(batchEnvelope, body);
  const now = deps.clock.now();
  const advisorIds = items.flatMap((item) => {
    const advisorId = (item as { advisorId?: unknown } | null)?.advisorId;
    return entityId.safeParse(advisorId).success ? [advisorId as string] : [];
  });
  const advisors = await deps.roster.getAdvisors([...new Set(advisorIds)]);
  const interactions: InteractionReport[] = [];
  const problems = items.flatMap((item, index) => {
    const parsed = interactionSchema.safeParse(item);
    const shape = parsed.success ? [] : schemaProblems(interactionSchema, item, ['interactions', index]);
    const advisorId = (item as { advisorId?: unknown } | null)?.advisorId;
    const advisor = typeof advisorId === 'string' ? advisors.get(advisorId) : undefined;
    const known = advisor && canAccessTeam(scope, advisor.teamId) ? advisor : undefined;
    const unknown =
      typeof advisorId === 'string' && !known && !shape.some((p) => p.path.endsWith('.advisorId'))
        ? [{ path: `interactions[${index}].advisorId`, message: `unknown advisor "${advisorId}"` }]
        : [];
    if (!parsed.success) return [...shape, ...unknown];
    interactions.push(parsed.data);
    return [...unknown, ...contactProblems(parsed.data, index, now, known)];
  });
  problems.push(...repeatedIdProblems(items));
  if (problems.length) throw new ValidationError(problems);

  const receivedAt = now.toISOString();
  const toRecord = interactions.map((report) => {
    const teamId = advisors.get(report.advisorId)?.teamId;
    if (!teamId) throw new Error('advisor checked above');
    return toInteractionRecord(deps, report, teamId, now, receivedAt);
  });
  await rejectConflicts(deps, toRecord);
  const outcome = await deps.interactions.recordInteractions(toRecord);
  return { received: interactions.length, ...outcome };
}

/** A valid contact's refusals against the clock and its advisor's dates. */
function contactProblems(
  contact: InteractionReport,
  index: number,
  now: Date,
  advisor: Advisor | undefined,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (Date.parse(contact.endedAt) > now.getTime() + maxContactEndAheadMs)
    problems.push({
      path: `interactions[${index}].endedAt`,
      message: 'must not be more than 5 minutes in the future',
    });
  const startedOn = utcInstant(contact.startedAt).slice(0, 10);
  if (advisor?.endDate && startedOn > advisor.endDate)
    problems.push({
      path: `interactions[${index}].startedAt`,
      message: `after the advisor's leaving date (${advisor.endDate})`,
    });
  return problems;
}

/** The items whose externalId repeats an earlier item's. */
function repeatedIdProblems(items: readonly unknown[]): FieldProblem[] {
  const firstSeen = new Map<string, number>();
  return items.flatMap((item, index) => {
    const id = (item as { externalId?: unknown } | null)?.externalId;
    if (typeof id !== 'string') return [];
    const first = firstSeen.get(id);
    if (first === undefined) {
      firstSeen.set(id, index);
      return [];
    }
    return [
      {
        path: `interactions[${index}].externalId`,
        message: `repeats interactions[${first}].externalId "${id}"`,
      },
    ];
  });
}

/** What is stored of one reported contact: the email hashed, instants in UTC, the pending survey while it may be sent. */
export function toInteractionRecord(
  deps: InteractionDeps,
  { customerEmail, ...report }: InteractionReport,
  teamId: string,
  now: Date,
  receivedAt: string,
): InteractionToRecord {
  const interaction: Interaction = {
    ...report,
    startedAt: utcInstant(report.startedAt),
    endedAt: utcInstant(report.endedAt),
    teamId,
    customerKey: deps.customerKey(customerEmail),
    receivedAt,
  };
  const endedMs = Math.min(Date.parse(report.endedAt), now.getTime());
  const expiresAt = Math.floor(endedMs / 1000) + customerSurveyWindowDays * 86_400;
  return expiresAt > now.getTime() / 1000
    ? { interaction, pendingSurvey: { customerEmail, expiresAt } }
    : { interaction };
}

async function rejectConflicts(deps: InteractionDeps, items: readonly InteractionToRecord[]): Promise<void> {
  const stored = await deps.interactions.getInteractions(items.map((i) => i.interaction));
  const byRef = new Map(stored.map((s) => [JSON.stringify([s.externalId, s.teamId]), s]));
  const conflicts = items.flatMap(({ interaction }, index) => {
    const previous = byRef.get(JSON.stringify([interaction.externalId, interaction.teamId]));
    return previous && !sameContact(previous, interaction)
      ? [
          {
            path: `interactions[${index}].externalId`,
            message: `"${interaction.externalId}" is already stored with other content`,
          },
        ]
      : [];
  });
  if (conflicts.length) throw new ConflictError(conflicts);
}

/**
 * The interaction with this external id in the caller's teams; out of scope and unknown answer
 * alike (404). When several of the caller's teams used the id, `teamId` says which.
 */
export async function getInteraction(
  deps: InteractionDeps,
  scope: CallerScope,
  externalId: string,
  teamId?: string,
): Promise<Interaction> {
  const found = (await deps.interactions.findInteractions(externalId)).filter(
    (i) => canAccessTeam(scope, i.teamId) && (teamId === undefined || i.teamId === teamId),
  );
  const [first, ...others] = found;
  if (!first) throw new NotFoundError(`No interaction "${externalId}"`);
  if (others.length > 0) {
    throw new ValidationError([
      { path: 'teamId', message: `required: "${externalId}" names contacts of several teams` },
    ]);
  }
  return first;
}

/** An advisor's contacts, optionally between two instants (compared in UTC, whatever their offsets). */
export async function listInteractionsOfAdvisor(
  deps: InteractionDeps,
  scope: CallerScope,
  request: PageRequest & { advisorId: string; from?: string | undefined; to?: string | undefined },
): Promise<Page<Interaction>> {
  const from = request.from === undefined ? undefined : utcInstant(request.from);
  const to = request.to === undefined ? undefined : utcInstant(request.to);
  if (from && to && from > to)
    throw new ValidationError([{ path: 'from', message: 'must not be after `to`' }]);
  const advisor = await deps.roster.getAdvisor(request.advisorId);
  if (!advisor || !canAccessTeam(scope, advisor.teamId))
    throw new NotFoundError(`No advisor "${request.advisorId}"`);
  return deps.interactions.listInteractionsOfAdvisor({ ...request, from, to });
}

/** Longest range of a listing across the key's scope, so one page reads a bounded span. */
export const maxScopeListingDays = 31;

/**
 * The contacts of the caller's teams that started between two instants (compared in UTC), oldest
 * first. A contact belongs to the team it was recorded for, so an advisor who changed teams
 * shows their earlier contacts only to keys of their earlier team.
 * 1. check the range: both ends, `from` not after `to`, at most 31 days
 * 2. list every advisor of the centre (one who left the caller's teams still has contacts there)
 * 3. merge their contacts in the range, keeping those recorded for the caller's teams
 */
export async function listInteractionsInScope(
  deps: InteractionDeps,
  scope: CallerScope,
  request: PageRequest & { from?: string | undefined; to?: string | undefined },
): Promise<Page<Interaction>> {
  const missing = (['from', 'to'] as const).filter((f) => request[f] === undefined);
  if (missing.length)
    throw new ValidationError(
      missing.map((path) => ({ path, message: 'required when advisorId is absent' })),
    );
  const from = utcInstant(request.from as string);
  const to = utcInstant(request.to as string);
  if (from > to) throw new ValidationError([{ path: 'from', message: 'must not be after `to`' }]);
  if (Date.parse(to) - Date.parse(from) > maxScopeListingDays * 86_400_000)
    throw new ValidationError([
      { path: 'to', message: `at most ${maxScopeListingDays} days after \`from\`` },
    ]);
  const advisorIds: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.roster.listAdvisors({ limit: 500, cursor });
    advisorIds.push(...page.items.map((a) => a.payrollId));
    cursor = page.next;
  } while (cursor);
  return deps.interactions.listInteractionsOfAdvisors({
    limit: request.limit,
    cursor: request.cursor,
    advisorIds,
    teamIds: scope.teams,
    from,
    to,
  });
}
