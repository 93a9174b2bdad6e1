import type { Alert } from '../analytics/alerts.js';

/**
 * The team guardrail (DOMAIN non-negotiables, fact 2): the team's productivity component is
 * frozen and flagged for review when the calibrated productivity-pressure alert (handle time
 * falling while published wellbeing falls, shared/analytics/alerts.ts) fired for the team in
 * the quarter's analysis. Wellbeing acts here only, on the team component, never on a person.
 */
export type PressureGuardrail =
  | { readonly state: 'not-fired'; readonly teamId: string }
  | {
      readonly state: 'fired';
      readonly teamId: string;
      /** The weeks the alert's evidence covers, oldest first. */
      readonly periods: readonly string[];
      readonly falseAlarmRatePerQuarter: number;
      /** Handle-time and wellbeing evidence as the alert gives it (means, drops, intervals, n). */
      readonly evidence: Alert['evidence'];
    };

/** The pressure guardrail of a team from its analysis' alerts (published figures only). */
export function pressureGuardrail(teamId: string, alerts: readonly Alert[]): PressureGuardrail {
  const alert = alerts.find((a) => a.kind === 'productivity-pressure' && a.teamId === teamId);
  if (!alert) return { state: 'not-fired', teamId };
  return {
    state: 'fired',
    teamId,
    periods: alert.periods,
    falseAlarmRatePerQuarter: alert.rule.falseAlarmRatePerQuarter,
    evidence: alert.evidence,
  };
}

/**
 * The doping rule (DOMAIN fact 3, « l'étude, c'est toute l'année »): an advisor is flagged for
 * review when MORE than `maxShare` of their quarter's responses fall in some `windowWeeks`
 * weeks AND that concentration is unlikely under their expected activity: the p-value bounds
 * P(some window holds at least the observed count) by the sum over every window of the
 * binomial tail P(Bin(n, q_w) ≥ observed), q_w the window's expected share (Bonferroni union
 * bound, conservative), and must be below `alpha`. The expected shares follow the team's weekly
 * contact volume when it is known (a busy week is not doping), otherwise even weeks.
 */
export const dopingRule = { maxShare: 0.5, windowWeeks: 2, alpha: 0.001 } as const;

export type DopingCheck =
  | { readonly state: 'no-responses'; readonly responses: 0 }
  | {
      readonly state: 'flagged' | 'not-flagged';
      readonly responses: number;
      readonly weeks: number;
      /** The busiest window (its weeks' indices in the quarter) and its share of responses. */
      readonly windowWeeks: readonly string[];
      readonly windowResponses: number;
      readonly windowShare: number;
      /** Union bound on the chance of such a window under the expected activity, 0–1. */
      readonly pValue: number;
      readonly expectedFrom: 'team-contacts' | 'even-weeks';
      readonly rule: typeof dopingRule;
    };

/** log P(X ≥ k) for X ~ Bin(n, q), summed in log space (no underflow at large n). */
export function logBinomialUpperTail(n: number, q: number, k: number): number {
  if (k <= 0) return 0;
  if (k > n || q <= 0) return Number.NEGATIVE_INFINITY;
  if (q >= 1) return 0;
  const logQ = Math.log(q);
  const log1Q = Math.log1p(-q);
  let logPmf = n * log1Q;
  for (let i = 0; i < k; i++) logPmf += Math.log((n - i) / (i + 1)) + logQ - log1Q;
  let max = logPmf;
  const terms = [logPmf];
  for (let i = k; i < n; i++) {
    logPmf += Math.log((n - i) / (i + 1)) + logQ - log1Q;
    terms.push(logPmf);
    if (logPmf > max) max = logPmf;
  }
  return max + Math.log(terms.reduce((s, t) => s + Math.exp(t - max), 0));
}

/**
 * The doping check of one advisor from their per-week response counts over the quarter's weeks
 * (`weeks[i]` ↔ `responses[i]`) and, when known, their team's contacts in the same weeks.
 * Windows are any `windowWeeks` weeks of the quarter (not necessarily adjacent).
 */
export function dopingCheck(
  weeks: readonly string[],
  responses: readonly number[],
  teamContacts?: readonly number[],
  rule: typeof dopingRule = dopingRule,
): DopingCheck {
  const n = responses.reduce((s, r) => s + r, 0);
  if (n === 0) return { state: 'no-responses', responses: 0 };
  const contactsTotal = teamContacts?.reduce((s, c) => s + c, 0) ?? 0;
  const byContacts = teamContacts !== undefined && contactsTotal > 0;
  const expected = weeks.map((_, i) =>
    byContacts ? (teamContacts?.[i] ?? 0) / contactsTotal : 1 / weeks.length,
  );
  const order = weeks.map((_, i) => i).sort((a, b) => (responses[b] ?? 0) - (responses[a] ?? 0) || a - b);
  const top = order.slice(0, rule.windowWeeks).sort((a, b) => a - b);
  const windowResponses = top.reduce((s, i) => s + (responses[i] ?? 0), 0);
  let logTerms = Number.NEGATIVE_INFINITY;
  const windows = combinations(weeks.length, rule.windowWeeks);
  for (const w of windows) {
    const q = w.reduce((s, i) => s + (expected[i] ?? 0), 0);
    const t = logBinomialUpperTail(n, Math.min(1, q), windowResponses);
    logTerms = logAdd(logTerms, t);
  }
  const pValue = Math.min(1, Math.exp(logTerms));
  const windowShare = windowResponses / n;
  return {
    state: windowShare > rule.maxShare && pValue < rule.alpha ? 'flagged' : 'not-flagged',
    responses: n,
    weeks: weeks.length,
    windowWeeks: top.map((i) => weeks[i] as string),
    windowResponses,
    windowShare,
    pValue,
    expectedFrom: byContacts ? 'team-contacts' : 'even-weeks',
    rule,
  };
}

function logAdd(a: number, b: number): number {
  if (a === Number.NEGATIVE_INFINITY) return b;
  if (b === Number.NEGATIVE_INFINITY) return a;
  const m = Math.max(a, b);
  return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
}

function combinations(size: number, pick: number): number[][] {
  if (pick <= 0) return [[]];
  const out: number[][] = [];
  for (let first = 0; first <= size - pick; first++) {
    for (const rest of combinations(size - first - 1, pick - 1))
      out.push([first, ...rest.map((r) => r + first + 1)]);
  }
  return out;
}
