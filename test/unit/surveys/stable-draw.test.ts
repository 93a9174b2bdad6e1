import { describe, expect, it } from 'vitest';
import { stableDraw } from '../../../shared/surveys/stable-draw.js';

describe('stable draw', () => {
  it('is FNV-1a (32 bits) of the id over 2^32', () => {
    expect(stableDraw('')).toBe(0x811c9dc5 / 2 ** 32);
    expect(stableDraw('a')).toBe(0xe40c292c / 2 ** 32);
    expect(stableDraw('foobar')).toBe(0xbf9cf968 / 2 ** 32);
  });

  it('gives the same contact the same draw every time', () => {
    expect(stableDraw('zendesk-48213')).toBe(stableDraw('zendesk-48213'));
    expect(stableDraw('zendesk-48213')).not.toBe(stableDraw('zendesk-48214'));
  });

  it('stays in [0, 1) and is roughly uniform over 10,000 contact ids', () => {
    const draws = Array.from({ length: 10_000 }, (_, i) => stableDraw(`I${i}`));
    for (const d of draws) {
      expect(d).toBeGreaterThanOrEqual(0);
      expect(d).toBeLessThan(1);
    }
    const shareBelow = (x: number) => draws.filter((d) => d < x).length / draws.length;
    expect(shareBelow(0.3)).toBeGreaterThanOrEqual(0.27);
    expect(shareBelow(0.3)).toBeLessThanOrEqual(0.33);
    expect(shareBelow(0.5)).toBeGreaterThanOrEqual(0.47);
    expect(shareBelow(0.5)).toBeLessThanOrEqual(0.53);
    expect(new Set(draws).size).toBeGreaterThan(9_990);
  });
});
