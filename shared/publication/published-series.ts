import type { PulseAggregate, TimeWindow, WindowKind } from '../aggregates/aggregate.types.js';
import { figureHas, type PublishedPulseFigure } from './published-figure.js';
import type { PulseMeasure } from './pulse-cells.js';

/** A pulse figure as a reader shows it for one week: a published figure, or nothing. */
export type ShownPulse =
  | {
      readonly state: 'shown';
      readonly group: string;
      readonly week: string;
      /** The window the figure was published for; wider than the week when the week had too few. */
      readonly window: TimeWindow;
      readonly aggregate: PulseAggregate;
    }
  /** Nothing published: too few advisors, or none; the two are not told apart, and no count is given. */
  | { readonly state: 'suppressed'; readonly group: string; readonly week: string };

const order: Record<WindowKind, number> = { week: 0, fortnight: 1, month: 2, quarter: 3 };

/** A published figure in the aggregate shape the indices read; `respondents` is the measure's own count. */
export function aggregateOfFigure(figure: PublishedPulseFigure, measure: PulseMeasure): PulseAggregate {
  const enps = figure.enps ?? { promoters: 0, passives: 0, detractors: 0 };
  const n =
    measure === 'enps'
      ? enps.promoters + enps.passives + enps.detractors
      : (figure.dimensions[measure]?.n ?? 0);
  return {
    teamId: figure.group,
    window: figure.window,
    workMode: 'all',
    respondents: n,
    items: figure.dimensions,
    enps,
  };
}

/**
 * A group's series of one measure over a range of weeks, read from its published figures only:
 * each week shows the week's own figure, or else the narrowest published wider window that
 * covers it. Every reader reads through this, so no request can reveal more than what was
 * published.
 */
export function publishedSeries(
  group: string,
  figures: readonly PublishedPulseFigure[],
  weeks: readonly string[],
  measure: PulseMeasure,
): ShownPulse[] {
  const own = figures
    .filter((f) => f.group === group && figureHas(f, measure))
    .sort((a, b) => order[a.window.kind] - order[b.window.kind]);
  return weeks.map((week): ShownPulse => {
    const figure = own.find((f) => f.firstWeek <= week && week <= f.lastWeek && coversWeek(f, week));
    return figure
      ? { state: 'shown', group, week, window: figure.window, aggregate: aggregateOfFigure(figure, measure) }
      : { state: 'suppressed', group, week };
  });
}

function coversWeek(figure: PublishedPulseFigure, week: string): boolean {
  return figure.window.kind !== 'week' || figure.window.id === week;
}
