import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { discoverLogics } from '../../../shared/logics/discover-logics.js';
import { logicName, matchLogics } from '../../../shared/logics/match-logics.js';
import { optimalAssignment } from '../../../shared/logics/optimal-assignment.js';
import { plantCentre, plantedLogics } from '../../../shared/logics/plant-logics.js';

// Seeded simulations: slow on a loaded machine, never timed.
vi.setConfig({ testTimeout: 120_000 });

function bruteForce(cost: number[][]): number {
  const columns = cost[0]?.length ?? 0;
  const best = (i: number, taken: Set<number>): number => {
    if (i === cost.length) return 0;
    let min = Number.POSITIVE_INFINITY;
    for (let j = 0; j < columns; j += 1) {
      if (taken.has(j)) continue;
      taken.add(j);
      min = Math.min(min, (cost[i]?.[j] as number) + best(i + 1, taken));
      taken.delete(j);
    }
    return min;
  };
  return best(0, new Set());
}

describe('optimalAssignment', () => {
  it('finds the smallest total cost, as exhaustive search does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((rows) =>
          fc.integer({ min: rows, max: 6 }).chain((columns) =>
            fc.array(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: columns, maxLength: columns }), {
              minLength: rows,
              maxLength: rows,
            }),
          ),
        ),
        (cost) => {
          const pick = optimalAssignment(cost);
          expect(new Set(pick).size).toBe(cost.length);
          const total = pick.reduce((s, j, i) => s + (cost[i]?.[j] as number), 0);
          expect(total).toBe(bruteForce(cost));
        },
      ),
    );
    expect(optimalAssignment([[1], [0], [5]])).toEqual([-1, 0, -1]);
  });
});

describe('matchLogics', () => {
  const month = (seed: number, logics = plantedLogics) => {
    const centre = plantCentre({ respondents: 300, seed, logics });
    const found = discoverLogics({ items: centre.items, answers: centre.answers, seed });
    if (found.state !== 'ok') throw new Error('no logics');
    return { centre, found };
  };

  it('keeps the names from one month to the next when the logics stay', () => {
    const march = month(11);
    const first = matchLogics({ previous: [], current: march.found.logics, items: march.centre.items });
    expect(first.matches.map((m) => m.name)).toEqual(['A', 'B', 'C']);
    const named = march.found.logics.map((l, i) => ({
      name: first.matches[i]?.name as string,
      centroid: l.centroid,
    }));
    // April: another sample of the same centre, the logics listed in another order.
    const april = month(12);
    const current = [...april.found.logics].reverse();
    const second = matchLogics({ previous: named, current, items: april.centre.items });
    expect(second.matches.map((m) => m.name)).toEqual(['C', 'B', 'A']);
    expect(second.ended).toEqual([]);
    for (const m of second.matches) expect(m.distance).toBeLessThan(0.4);
  });

  it('gives a new, never used name to a logic too far from every previous one', () => {
    const before = month(
      21,
      plantedLogics.slice(0, 2).map((l, i) => ({ ...l, share: i === 0 ? 0.55 : 0.45 })),
    );
    const named = before.found.logics.map((l, i) => ({
      name: ['A', 'C'][i] as string,
      centroid: l.centroid,
    }));
    const after = month(22);
    const result = matchLogics({
      previous: named,
      current: after.found.logics,
      items: after.centre.items,
      usedNames: ['B'],
    });
    expect(result.matches.map((m) => m.name)).toEqual(['A', 'C', 'D']);
    expect(result.matches[2]?.continues).toBeNull();
    expect(logicName(0)).toBe('A');
    expect(logicName(26)).toBe('AA');
  });
});
