import { optimalAssignment } from './optimal-assignment.js';
import type { LogicItemRef } from './standardise-answers.js';

/** Farthest two centroids can be, in scale points (root mean square over items), and be one logic. */
export const defaultMaxMatchDistance = 0.75;

export interface NamedLogic {
  readonly name: string;
  readonly centroid: Readonly<Record<string, number | null>>;
}

export interface LogicMatch {
  /** The logic's index in this month's discovery. */
  readonly index: number;
  readonly name: string;
  /** Last month's logic it continues, or null for a new logic. */
  readonly continues: string | null;
  /** Distance to last month's logic it was paired with (null when none was). */
  readonly distance: number | null;
}

/**
 * The distance between two logics: root mean square difference of their mean answers, in
 * scale points, over the profile items both have (a tool dropped from the list does not count).
 * Infinite when they share no item.
 */
export function logicDistance(
  a: NamedLogic['centroid'],
  b: NamedLogic['centroid'],
  items: readonly LogicItemRef[],
): number {
  let sum = 0;
  let count = 0;
  for (const item of items) {
    if (item.role !== 'profile') continue;
    const x = a[item.id];
    const y = b[item.id];
    if (x === null || x === undefined || y === null || y === undefined) continue;
    sum += (x - y) ** 2;
    count += 1;
  }
  return count ? Math.sqrt(sum / count) : Number.POSITIVE_INFINITY;
}

/** Logic names in order: A … Z, then AA, AB, … */
export function logicName(n: number): string {
  let name = '';
  let rest = n;
  do {
    name = String.fromCharCode(65 + (rest % 26)) + name;
    rest = Math.floor(rest / 26) - 1;
  } while (rest >= 0);
  return name;
}

/**
 * Names this month's logics after last month's so that a logic keeps its name (issue 12).
 * 1. distances between every pair of centroids (logicDistance)
 * 2. the pairing with the smallest total distance (Hungarian method, optimal-assignment.ts)
 * 3. a pair farther apart than `maxDistance` is no continuation: this month's logic is new
 *    and takes the first name never used (`usedNames`: every name given so far), so a name
 *    never comes back for another logic
 * Returns the matches in this month's order and last month's logics that ended.
 */
export function matchLogics(input: {
  readonly previous: readonly NamedLogic[];
  readonly current: readonly { readonly centroid: NamedLogic['centroid'] }[];
  readonly items: readonly LogicItemRef[];
  readonly usedNames?: readonly string[];
  readonly maxDistance?: number;
}): { readonly matches: LogicMatch[]; readonly ended: string[] } {
  const maxDistance = input.maxDistance ?? defaultMaxMatchDistance;
  const distances = input.current.map((c) =>
    input.previous.map((p) => logicDistance(c.centroid, p.centroid, input.items)),
  );
  const finite = distances.map((row) => row.map((d) => (Number.isFinite(d) ? d : 1e9)));
  const pairing = input.previous.length ? optimalAssignment(finite) : input.current.map(() => -1);
  const used = new Set([...(input.usedNames ?? []), ...input.previous.map((p) => p.name)]);
  let next = 0;
  const fresh = () => {
    while (used.has(logicName(next))) next += 1;
    const name = logicName(next);
    used.add(name);
    return name;
  };
  const continued = new Set<string>();
  const matches = input.current.map((_, index): LogicMatch => {
    const j = pairing[index] ?? -1;
    const distance = j >= 0 ? (distances[index]?.[j] ?? Number.POSITIVE_INFINITY) : null;
    const previous = j >= 0 ? input.previous[j] : undefined;
    if (previous && distance !== null && distance <= maxDistance) {
      continued.add(previous.name);
      return { index, name: previous.name, continues: previous.name, distance };
    }
    return { index, name: '', continues: null, distance: Number.isFinite(distance) ? distance : null };
  });
  return {
    matches: matches.map((m) => (m.continues ? m : { ...m, name: fresh() })),
    ended: input.previous.filter((p) => !continued.has(p.name)).map((p) => p.name),
  };
}
