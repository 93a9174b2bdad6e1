import type { TimeWindow } from '../aggregates/aggregate.types.js';
import { mondayOfIsoWeek } from '../time/windows.js';
import type { PublishedPulseFigure } from './published-figure.js';
import type { AnonymousPulseAnswer, PulseParticipation } from './pulse-cells.js';
import { weeksOfWindow, windowKey, windowsClosingWith } from './pulse-windows.js';

/** Fewest distinct respondents of a team's month for its comments to be shown (issue 11). */
export const commentGroupMinimum = 10;

/** Longest comment kept, in characters (the pulse form says so). */
export const commentMaxLength = 1000;

/** A team's anonymous comments of one month, as published: texts only, no time, no order of arrival. */
export interface PublishedCommentSet {
  readonly teamId: string;
  readonly window: TimeWindow;
  readonly firstWeek: string;
  readonly lastWeek: string;
  /** Distinct respondents of the team's month who count toward k (at least {@link commentGroupMinimum}). */
  readonly respondents: number;
  /** Sorted by text: the order tells nothing of who wrote when. */
  readonly comments: readonly string[];
}

export interface PublishCommentsInput {
  readonly teamIds: readonly string[];
  /** The week that closes now. */
  readonly week: string;
  /** The year's anonymous answers up to this week (the comment travels sealed with its answer). */
  readonly answers: readonly AnonymousPulseAnswer[];
  readonly participation: readonly PulseParticipation[];
  /** The figures published with this week: a team's comments need its month figure published. */
  readonly figures: readonly PublishedPulseFigure[];
  readonly minimum?: number;
}

/**
 * The comment sets published when a week closes.
 * 1. only the calendar month window closing with this week, and only at team level: months do
 *    not overlap and teams do not nest, so every comment appears in at most one published set
 *    and no difference of two sets isolates anyone (a site or centre set would, minus a team's)
 * 2. a team's month is published only when at least `minimum` distinct advisors who count
 *    toward k took part in it, and its month figure is published this week (same window)
 * 3. texts only, sorted; no week, no time, no work mode
 */
export function publishClosingComments(input: PublishCommentsInput): PublishedCommentSet[] {
  const minimum = input.minimum ?? commentGroupMinimum;
  const year = Number(input.week.slice(0, 4));
  const month = windowsClosingWith(input.week).find((w) => w.kind === 'month');
  if (!month) return [];
  const weeks = new Set(weeksOfWindow(month, year));
  const sorted = [...weeks].sort();
  const published = new Set(
    input.figures.filter((f) => windowKey(f.window) === windowKey(month)).map((f) => f.group),
  );
  const sets: PublishedCommentSet[] = [];
  // As for figures (respondent-bound.ts): an advisor counts only if they counted from the
  // window's first day, so joining mid-month never lifts a month over the minimum.
  const from = mondayOfIsoWeek(sorted[0] as string)
    .toISOString()
    .slice(0, 10);
  for (const teamId of input.teamIds) {
    if (!published.has(`team:${teamId}`)) continue;
    const respondents = new Set(
      input.participation
        .filter((p) => p.teamId === teamId && weeks.has(p.week) && p.countsTowardKFrom <= from)
        .map((p) => p.advisorId),
    ).size;
    if (respondents < minimum) continue;
    const comments = input.answers
      .filter((a) => a.teamId === teamId && weeks.has(a.week) && a.comment)
      .map((a) => a.comment as string)
      .sort();
    if (comments.length === 0) continue;
    sets.push({
      teamId,
      window: month,
      firstWeek: sorted[0] as string,
      lastWeek: sorted.at(-1) as string,
      respondents,
      comments,
    });
  }
  return sets;
}

/**
 * A comment as kept: trimmed, control characters turned into spaces, runs of blank lines
 * collapsed; empty means no comment. Longer than {@link commentMaxLength} is refused by the form.
 */
export function normaliseComment(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const text = raw
    .replace(/\r\n?/g, '\n')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text.length > 0 ? text : undefined;
}
