import { describe, expect, it } from 'vitest';
import { entityTypes } from '../../../functions/adapters/dynamo/keys.js';
import { generateDemoCentre } from '../../../scripts/demo/demo-centre.js';
import { buildDemoHistory } from '../../../scripts/demo-history.js';

const centre = generateDemoCentre({ endWeekMonday: '2026-06-15' });
const history = buildDemoHistory(centre, new Date('2026-06-17T10:00:00Z'), (email) => `key-of-${email}`);

describe("the demo's stored contacts", () => {
  it('are reported with Paris offsets, as a contact-centre system would send them', () => {
    expect(centre.interactions.some((i) => /\+0[12]:00$/.test(i.startedAt))).toBe(true);
  });

  it('store every instant in UTC, their listing key included, as live recording does', () => {
    const stored = history.mainItems.filter(
      (i) => i.type === entityTypes.interaction || i.type === entityTypes.pendingSurvey,
    );
    expect(stored.length).toBeGreaterThan(centre.interactions.length);
    for (const item of stored) {
      for (const field of ['startedAt', 'endedAt'] as const) {
        const instant = String(item[field]);
        expect(instant, `${item.externalId} ${field}`).toBe(new Date(instant).toISOString());
      }
      if (item.type === entityTypes.interaction)
        expect(String(item.gsi1sk).startsWith(String(item.startedAt))).toBe(true);
    }
    const reported = new Map(centre.interactions.map((i) => [i.externalId, i]));
    for (const item of stored) {
      const source = reported.get(String(item.externalId));
      expect(Date.parse(String(item.startedAt))).toBe(Date.parse(source?.startedAt ?? ''));
    }
  });
});
