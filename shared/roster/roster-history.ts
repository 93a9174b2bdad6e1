import type { Advisor } from './advisor.schema.js';
import type { Team } from './team.schema.js';

/**
 * An advisor as stored. `teamJoinedOn` (YYYY-MM-DD, UTC) is the day the advisor joined their
 * current team as far as k is concerned: on creation, the later of `startDate` and the day of the
 * roster write; on a team change, the later of `startDate` and the day of that write. An advisor
 * counts toward k only for windows starting at least 28 days after it, so a roster write cannot
 * lift a small group over the threshold at once.
 */
export type RosterAdvisor = Advisor & { readonly teamJoinedOn: string };

/** One field's value before and after a roster change (absent: the field was not set). */
export interface FieldChange {
  readonly from?: unknown;
  readonly to?: unknown;
}

/** One entry of the append-only roster history: what changed, when and by whom. */
export interface RosterChange {
  readonly entity: 'team' | 'advisor';
  readonly id: string;
  /** The team concerned (an advisor's new team). */
  readonly teamId: string;
  readonly action: 'created' | 'changed';
  readonly changes: Readonly<Record<string, FieldChange>>;
  /** ISO instant of the write. */
  readonly at: string;
  /** `key:<keyId>` for an integration key, `csv-import` for the CSV CLI, `initial-load` for seeding. */
  readonly by: string;
}

/** Who wrote and when. `at` gives the write day of `teamJoinedOn`; an initial load keeps `startDate`. */
export interface RosterWrite {
  readonly by: string;
  readonly at: Date;
  /** Seeding a centre's existing roster: advisors joined their team on their start date. */
  readonly initialLoad?: boolean;
}

function fieldChanges(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown>,
): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  for (const field of [...fields].sort()) {
    const from = before?.[field] ?? undefined;
    const to = after[field] ?? undefined;
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    changes[field] = { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
  }
  return changes;
}

/** The later of two YYYY-MM-DD days. */
function laterDay(a: string, b: string): string {
  return a > b ? a : b;
}

/**
 * The advisor to store after a write, and the history entry it makes (none when nothing changed).
 * `teamJoinedOn` follows the rule on `RosterAdvisor`.
 */
export function advisorWrite(
  existing: RosterAdvisor | undefined,
  next: Advisor,
  write: RosterWrite,
): { readonly stored: RosterAdvisor; readonly change?: RosterChange } {
  const writeDay = write.at.toISOString().slice(0, 10);
  const joinedNow = write.initialLoad ? next.startDate : laterDay(next.startDate, writeDay);
  // Same team: a later start date pushes the join day back, an earlier one never advances it.
  const teamJoinedOn =
    existing && existing.teamId === next.teamId ? laterDay(existing.teamJoinedOn, next.startDate) : joinedNow;
  const stored: RosterAdvisor = { ...next, teamJoinedOn };
  const changes = fieldChanges(existing, stored);
  if (existing && Object.keys(changes).length === 0) return { stored };
  return {
    stored,
    change: {
      entity: 'advisor',
      id: next.payrollId,
      teamId: next.teamId,
      action: existing ? 'changed' : 'created',
      changes,
      at: write.at.toISOString(),
      by: write.by,
    },
  };
}

/** The history entry a team write makes (none when nothing changed). */
export function teamWrite(
  existing: Team | undefined,
  next: Team,
  write: RosterWrite,
): RosterChange | undefined {
  const changes = fieldChanges(existing, next);
  if (existing && Object.keys(changes).length === 0) return undefined;
  return {
    entity: 'team',
    id: next.teamId,
    teamId: next.teamId,
    action: existing ? 'changed' : 'created',
    changes,
    at: write.at.toISOString(),
    by: write.by,
  };
}
