import { describe, expect, it } from 'vitest';
import { toolRatingItem, waysOfWorkingItems } from '../../../shared/logics/ways-of-working-module.js';
import { shortItemWording } from '../../../shared/logics/ways-of-working-short-wording.js';

describe('shortItemWording', () => {
  it('words every profile item briefly in French and English', () => {
    const profile = waysOfWorkingItems.filter((i) => i.role === 'profile');
    expect(profile).toHaveLength(10);
    for (const item of profile) {
      for (const locale of ['fr', 'en'] as const) {
        const short = shortItemWording(locale, item.id);
        expect(short.length).toBeLessThanOrEqual(28);
        expect(short).not.toBe(item.id);
      }
      expect(shortItemWording('fr', item.id)).not.toBe(shortItemWording('en', item.id));
    }
    expect(shortItemWording('fr', 'rely-knowledge-base')).toBe('Base de connaissances');
    expect(shortItemWording('en', 'worthwhile-helped-person')).toBe('Helping a person');
  });

  it('falls back to the item’s whole text, then to its id', () => {
    const tool = toolRatingItem({ id: 'crm', kind: 'tool', name: { fr: 'Le CRM', en: 'The CRM' } });
    expect(shortItemWording('en', 'tool-crm', [tool])).toBe('The CRM: how helpful is it to you?');
    expect(shortItemWording('fr', 'no-such-item')).toBe('no-such-item');
  });
});
