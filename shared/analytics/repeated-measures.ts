import { evidenceOf, isConstant, spearmanCorrelation } from './correlation.js';
import { type CorrelationResult, clampCorrelation, insufficientEvidence } from './correlation-result.js';
import { agreeingTest, correlationPValue } from './fisher-interval.js';

/** One paired observation of one team (group) in one period. */
export interface GroupedObservation {
  readonly group: string;
  readonly x: number;
  readonly y: number;
}

/** Observations by team, in their input (time) order. */
export function groupBy(observations: readonly GroupedObservation[]): Map<string, GroupedObservation[]> {
  const groups = new Map<string, GroupedObservation[]>();
  for (const observation of observations) {
    const members = groups.get(observation.group);
    if (members) members.push(observation);
    else groups.set(observation.group, [observation]);
  }
  return groups;
}

/** Sums of squares and cross products of x and y centred within each team. */
export function withinTeamSums(groups: ReadonlyMap<string, readonly GroupedObservation[]>) {
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (const members of groups.values()) {
    const meanX = isConstant(members.map((o) => o.x))
      ? (members[0]?.x ?? 0)
      : members.reduce((s, o) => s + o.x, 0) / members.length;
    const meanY = isConstant(members.map((o) => o.y))
      ? (members[0]?.y ?? 0)
      : members.reduce((s, o) => s + o.y, 0) / members.length;
    for (const o of members) {
      sxx += (o.x - meanX) ** 2;
      syy += (o.y - meanY) ** 2;
      sxy += (o.x - meanX) * (o.y - meanY);
    }
  }
  return { sxx, syy, sxy };
}

/**
 * Repeated-measures correlation across teams (Bakdash & Marusich 2017): x and y are centred
 * within each team and r_rm = Σxy / sqrt(Σxx·Σyy) over the pooled centred values, i.e. the
 * common within-team association, free of differences between team levels.
 * df = N − teams − 1; p from t with df. The 95% interval matches the analytic interval of the
 * current rmcorr R package, psych::r.con(r, df + 2): Fisher z with se = 1/sqrt(df − 1)
 * (pingouin's rm_corr uses se = 1/sqrt(df − 3) and gives a wider interval); p and interval
 * are made to agree (`agreeingTest`). Observations are taken as independent: for weekly series
 * use `pooledSeriesCorrelation`, which accounts for autocorrelation.
 * Insufficient evidence: empty input, a non-finite value, df < 2, or no within-team variation
 * in x or y.
 */
export function repeatedMeasuresCorrelation(observations: readonly GroupedObservation[]): CorrelationResult {
  const n = observations.length;
  if (n === 0) return insufficientEvidence(0, 'empty');
  if (!observations.every((o) => Number.isFinite(o.x) && Number.isFinite(o.y))) {
    return insufficientEvidence(n, 'non-finite-value');
  }
  const groups = groupBy(observations);
  const df = n - groups.size - 1;
  if (df < 2) return insufficientEvidence(n, 'too-few-points');
  const { sxx, syy, sxy } = withinTeamSums(groups);
  if (!(sxx > 0) || !(syy > 0)) return insufficientEvidence(n, 'constant-series');
  const r = clampCorrelation(sxy / Math.sqrt(sxx * syy));
  const test = agreeingTest(r, n, () => 1 / Math.sqrt(df - 1), correlationPValue(r, df));
  return { state: 'ok', n, estimate: r, ...test, pValueMethod: 't', df, evidence: evidenceOf(test.pValue) };
}

/**
 * Between-team correlation: Spearman (average ranks) over each team's mean x and mean y, with
 * the Bonett–Wright interval (Bonett & Wright 2000). `n` is the number of teams; fewer than 4
 * teams is insufficient evidence.
 */
export function betweenTeamsCorrelation(observations: readonly GroupedObservation[]): CorrelationResult {
  if (!observations.every((o) => Number.isFinite(o.x) && Number.isFinite(o.y))) {
    return insufficientEvidence(observations.length, 'non-finite-value');
  }
  const meansX: number[] = [];
  const meansY: number[] = [];
  for (const members of groupBy(observations).values()) {
    meansX.push(members.reduce((s, o) => s + o.x, 0) / members.length);
    meansY.push(members.reduce((s, o) => s + o.y, 0) / members.length);
  }
  return spearmanCorrelation(meansX, meansY);
}
