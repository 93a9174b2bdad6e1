import type { TimeWindow } from '../aggregates/aggregate.types.js';
import type { SufficientStats } from '../aggregates/sufficient-stats.js';
import type { PulseDimension } from '../surveys/pulse-dimensions.js';
import type { EnpsCounts } from './pulse-cells.js';

/**
 * A pulse figure as published, once and for all, when its window closed: the group, the
 * window, the leaves (team × work mode) it summed, and each measure that passed on its own
 * count. A measure that did not pass is absent, with nothing to tell "too few" from "none".
 */
export interface PublishedPulseFigure {
  readonly group: string;
  readonly window: TimeWindow;
  readonly firstWeek: string;
  readonly lastWeek: string;
  readonly leaves: readonly string[];
  readonly dimensions: Readonly<Partial<Record<PulseDimension, SufficientStats>>>;
  readonly enps?: EnpsCounts | undefined;
}

/** Whether a figure reports a measure. */
export function figureHas(figure: PublishedPulseFigure, measure: PulseDimension | 'enps'): boolean {
  return measure === 'enps' ? figure.enps !== undefined : figure.dimensions[measure] !== undefined;
}
