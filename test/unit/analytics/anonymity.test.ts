import { describe, expect, it } from 'vitest';
import { commentsVisible, disclosePulseFigure } from '../../../shared/analytics/index.js';

describe('anonymity threshold', () => {
  it('shows a figure with its count only from k distinct advisors', () => {
    expect(disclosePulseFigure(72.5, 4)).toEqual({ state: 'suppressed' });
    expect(disclosePulseFigure(72.5, 5)).toEqual({ state: 'shown', value: 72.5, respondents: 5 });
    expect(disclosePulseFigure(72.5, 6, 7)).toEqual({ state: 'suppressed' });
  });

  it('needs ten authors for comments', () => {
    expect(commentsVisible(9)).toBe(false);
    expect(commentsVisible(10)).toBe(true);
  });
});
