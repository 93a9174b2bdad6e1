import type { TimeWindow, WindowKind } from '../aggregates/aggregate.types.js';
import { type IndexValue, pulseDimensionIndex } from '../analytics/indices.js';
import { type PulseDimension, pulseDimensions } from '../surveys/pulse-dimensions.js';
import type { PublishedPulseFigure } from './published-figure.js';
import { groupId } from './pulse-groups.js';

/**
 * One cell of the centre heatmap (a team × a pulse dimension): the team's latest published
 * figure of that dimension in the range, or hidden with the reason. `not-published` when no
 * week of the range has a complete publication yet; `below-k` when the range is published but
 * no window of it showed the dimension for the team (fewer than k advisors answered the item,
 * none of them included: the publication does not tell the two apart).
 */
export type HeatmapCell =
  | {
      readonly state: 'shown';
      readonly teamId: string;
      readonly dimension: PulseDimension;
      /** The published window the figure describes. */
      readonly window: TimeWindow;
      readonly firstWeek: string;
      readonly lastWeek: string;
      /** The dimension's index (0–100) with its standard error, from the figure's own answers. */
      readonly index: IndexValue;
    }
  | {
      readonly state: 'hidden';
      readonly teamId: string;
      readonly dimension: PulseDimension;
      readonly reason: 'below-k' | 'not-published';
    };

const breadth: Record<WindowKind, number> = { week: 0, fortnight: 1, month: 2, quarter: 3 };

/**
 * Whether figure `a` is a better "latest" than `b`: it closes later, or, closing the same
 * week, covers a wider window (more answers, a narrower interval).
 */
function isLater(a: PublishedPulseFigure, b: PublishedPulseFigure): boolean {
  if (a.lastWeek !== b.lastWeek) return a.lastWeek > b.lastWeek;
  return breadth[a.window.kind] > breadth[b.window.kind];
}

/**
 * The heatmap cells of some teams from published team figures only: for each team and pulse
 * dimension, the latest figure whose window closed within `weeks` and that holds the
 * dimension. Figures of other groups, or closing outside the range, are ignored.
 * `publishedWeeks` are the range's weeks whose publication is complete.
 */
export function heatmapCells(input: {
  readonly teamIds: readonly string[];
  readonly weeks: readonly string[];
  readonly figures: readonly PublishedPulseFigure[];
  readonly publishedWeeks: ReadonlySet<string>;
}): HeatmapCell[] {
  const inRange = new Set(input.weeks);
  const anyPublished = input.weeks.some((w) => input.publishedWeeks.has(w));
  return input.teamIds.flatMap((teamId) => {
    const group = groupId({ kind: 'team', teamId });
    const own = input.figures.filter((f) => f.group === group && inRange.has(f.lastWeek));
    return pulseDimensions.map((dimension): HeatmapCell => {
      let latest: PublishedPulseFigure | undefined;
      for (const f of own) if (f.dimensions[dimension] && (!latest || isLater(f, latest))) latest = f;
      const stats = latest?.dimensions[dimension];
      if (!latest || !stats)
        return { state: 'hidden', teamId, dimension, reason: anyPublished ? 'below-k' : 'not-published' };
      return {
        state: 'shown',
        teamId,
        dimension,
        window: latest.window,
        firstWeek: latest.firstWeek,
        lastWeek: latest.lastWeek,
        index: pulseDimensionIndex(stats),
      };
    });
  });
}
