/**
 * Values of one measure by period id (e.g. `2026-W07` → wellbeing index). A period with no
 * value (no answers, or suppressed) is simply absent.
 */
export type PeriodValues = Readonly<Record<string, number | undefined>>;

/**
 * Pairs x at period t with y at period t + lag, where t + lag is counted in `periods` (the
 * calendar, oldest first, without holes). Only periods where both values exist are paired.
 */
export function alignPeriods(
  periods: readonly string[],
  x: PeriodValues,
  y: PeriodValues,
  lag = 0,
): { readonly periods: string[]; readonly x: number[]; readonly y: number[] } {
  const paired: { periods: string[]; x: number[]; y: number[] } = { periods: [], x: [], y: [] };
  for (let t = 0; t + lag < periods.length; t += 1) {
    const from = periods[t];
    const to = periods[t + lag];
    if (from === undefined || to === undefined) continue;
    const xv = x[from];
    const yv = y[to];
    if (xv === undefined || yv === undefined) continue;
    paired.periods.push(from);
    paired.x.push(xv);
    paired.y.push(yv);
  }
  return paired;
}

/** The values present in the last `count` periods of the calendar, with their positions. */
export function recentValues(
  periods: readonly string[],
  values: PeriodValues,
  count: number,
): { readonly periods: string[]; readonly positions: number[]; readonly values: number[] } {
  const out: { periods: string[]; positions: number[]; values: number[] } = {
    periods: [],
    positions: [],
    values: [],
  };
  for (let t = Math.max(0, periods.length - count); t < periods.length; t += 1) {
    const period = periods[t];
    if (period === undefined) continue;
    const value = values[period];
    if (value === undefined || !Number.isFinite(value)) continue;
    out.periods.push(period);
    out.positions.push(t);
    out.values.push(value);
  }
  return out;
}
