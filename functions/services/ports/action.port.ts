import type { TeamAction } from '../../../shared/actions/action.schema.js';

/** A team's recorded actions (what a manager did, who carries it, from which week). */
export interface ActionRepository {
  /** Stores a new action; its id is fresh, so it never replaces another. */
  addAction(action: TeamAction): Promise<void>;
  /** The team's actions, oldest week first. */
  listActions(teamId: string): Promise<TeamAction[]>;
}
