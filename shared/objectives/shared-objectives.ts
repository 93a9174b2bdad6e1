/**
 * The centre's customer objectives, known to everyone in advance and shown openly to advisors
 * next to their own results (shared objectives are a lever of engagement, DOMAIN fact 10).
 *
 * These are the DEFAULTS until a variable-pay policy sets the centre's own targets: satisfaction
 * 8.5/10 and recommendation 9.2/10 are one company's barometer targets (DOMAIN fact 1); the
 * once-and-done rate of 80% is a placeholder for the centre to set. Pay policies read their
 * default targets from here, so the page and the pay never disagree.
 */
export interface SharedObjectives {
  /** Mean customer satisfaction, 0–10. */
  readonly satisfaction: number;
  /** Mean likelihood to recommend, 0–10. */
  readonly recommendation: number;
  /** Share of contacts the customer says were resolved in that contact, 0–1. */
  readonly onceAndDoneRate: number;
}

export const defaultSharedObjectives: SharedObjectives = {
  satisfaction: 8.5,
  recommendation: 9.2,
  onceAndDoneRate: 0.8,
};

/** The measures the objectives are set on, in the order pages show them. */
export const objectiveMeasures = ['satisfaction', 'recommendation', 'onceAndDoneRate'] as const;
export type ObjectiveMeasure = (typeof objectiveMeasures)[number];
