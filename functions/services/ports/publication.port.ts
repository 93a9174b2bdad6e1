import type { PublishedCommentSet } from '../../../shared/publication/publish-comments.js';
import type { PublishedPulseFigure } from '../../../shared/publication/published-figure.js';
import type { AnonymousPulseAnswer, PulseParticipation } from '../../../shared/publication/pulse-cells.js';

/** The published pulse figures: written once per closed week, read by every reader. */
export interface PublicationRepository {
  /** Weeks of an ISO year whose publication is complete. */
  publishedWeeks(isoYear: number): Promise<Set<string>>;
  /** Every figure of an ISO year's complete publications (what the next decision builds on). */
  figuresOfYear(isoYear: number): Promise<PublishedPulseFigure[]>;
  /** Figures of some groups overlapping a range of weeks, from complete publications only. */
  figuresOfGroups(
    groups: readonly string[],
    fromWeek: string,
    toWeek: string,
  ): Promise<PublishedPulseFigure[]>;
  /**
   * Stores a week's figures and comment sets, then marks the week published; a published week
   * never changes.
   */
  publishWeek(
    week: string,
    figures: readonly PublishedPulseFigure[],
    publicationId: string,
    comments?: readonly PublishedCommentSet[],
  ): Promise<'published' | 'already-published'>;
  /** A team's published comment sets whose month overlaps the weeks, newest first, with their acknowledgement. */
  commentSetsOfTeam(teamId: string, fromWeek: string, toWeek: string): Promise<TeamCommentSet[]>;
  /** Marks a team's published month of comments as read by `by`; false when there is no such set. */
  acknowledgeComments(teamId: string, monthId: string, by: string, at: Date): Promise<boolean>;
}

/** A published comment set as a team page shows it. */
export interface TeamCommentSet extends PublishedCommentSet {
  readonly acknowledged?: { readonly by: string; readonly at: string } | undefined;
}

/** What the publication job reads: the anonymous answers (opened) and the participation. */
export interface PulseSourceRepository {
  answersOfWeek(teamIds: readonly string[], week: string): Promise<AnonymousPulseAnswer[]>;
  participationOfWeek(week: string): Promise<PulseParticipation[]>;
}
