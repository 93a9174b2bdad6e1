import { describe, expect, it } from 'vitest';
import {
  type CentreThresholdsFigure,
  centreThresholdsMemo,
} from '../../../functions/services/centre-thresholds-memo.js';

const figure = (customer: number): CentreThresholdsFigure => ({ customer, wellbeing: 60, teams: 8 }) as never;

describe('the centre thresholds memo', () => {
  it('reads once per range within its lifetime, again after it, and shares a read in flight', async () => {
    let clock = 0;
    let reads = 0;
    const memo = centreThresholdsMemo(60_000, () => clock);
    const compute = async () => figure(70 + ++reads);
    const [a, b] = await Promise.all([memo.read('W1/W4', compute), memo.read('W1/W4', compute)]);
    expect(reads).toBe(1);
    expect(a).toEqual(b);
    clock = 59_999;
    expect(await memo.read('W1/W4', compute)).toEqual(figure(71));
    expect(await memo.read('W2/W5', compute)).toEqual(figure(72));
    clock = 60_000;
    expect(await memo.read('W1/W4', compute)).toEqual(figure(73));
    expect(reads).toBe(3);
  });

  it('does not remember a failed read', async () => {
    const memo = centreThresholdsMemo(60_000, () => 0);
    await expect(memo.read('k', () => Promise.reject(new Error('throttled')))).rejects.toThrow('throttled');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await memo.read('k', async () => figure(80))).toEqual(figure(80));
  });
});
