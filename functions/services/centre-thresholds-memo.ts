import type { QuadrantThresholds } from '../../shared/analytics/quadrant.js';

/** The centre's thresholds and how many teams made them (the scope check needs the count). */
export type CentreThresholdsFigure = (QuadrantThresholds & { readonly teams: number }) | null;

/**
 * Remembers the whole centre's quadrant thresholds per range for a short time in one running
 * instance. They are two medians over every team's last four weeks: reading them costs one query
 * per team, while they move only as answers arrive, so a team page at 200 teams need not read
 * 200 teams on every view. Concurrent views of the same range share one read.
 */
export interface CentreThresholdsMemo {
  read(key: string, compute: () => Promise<CentreThresholdsFigure>): Promise<CentreThresholdsFigure>;
}

/** A memo whose entries live `ttlMs` of wall-clock time (`now` for tests). */
export function centreThresholdsMemo(ttlMs = 60_000, now: () => number = Date.now): CentreThresholdsMemo {
  const entries = new Map<string, { at: number; value: Promise<CentreThresholdsFigure> }>();
  return {
    read(key, compute) {
      const at = now();
      const hit = entries.get(key);
      if (hit && at - hit.at < ttlMs) return hit.value;
      const value = compute();
      entries.set(key, { at, value });
      // A failed read is not remembered.
      value.catch(() => entries.delete(key));
      if (entries.size > 64) entries.delete(entries.keys().next().value as string);
      return value;
    },
  };
}
