import { describe, expect, it } from 'vitest';
import { entityTypes } from '../../../functions/adapters/dynamo/keys.js';
import { generateDemoCentre } from '../../../scripts/demo/demo-centre.js';
import { buildDemoHistory } from '../../../scripts/demo-history.js';

const history = buildDemoHistory(
  generateDemoCentre({ endWeekMonday: '2026-11-16' }),
  new Date('2026-11-18T10:00:00Z'),
  (email) => `key-of-${email}`,
);
const ofType = (type: string) => history.mainItems.filter((i) => i.type === type);

describe("the demo history's advisor results", () => {
  it("gives every advisor's weeks the responses recorded about their contacts, once each", () => {
    const responses = ofType(entityTypes.customerResponse);
    const weeks = ofType(entityTypes.advisorWeekCustomerAggregate);
    const expected = new Map<string, number>();
    for (const r of responses) {
      const key = `${r.advisorId}|${r.period}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    expect(weeks.length).toBe(expected.size);
    for (const w of weeks)
      expect(w.satisfactionN, `${w.advisorId} ${w.period}`).toBe(expected.get(`${w.advisorId}|${w.period}`));
    expect(weeks.reduce((sum, w) => sum + Number(w.responses), 0)).toBe(history.counts.responses);
  });

  it('keeps one comment item per commented response, without the customer', () => {
    const commented = ofType(entityTypes.customerResponse).filter((r) => typeof r.comment === 'string');
    const comments = ofType(entityTypes.advisorCustomerComment);
    expect(commented.length).toBeGreaterThan(0);
    expect(comments).toHaveLength(commented.length);
    expect(JSON.stringify(comments)).not.toMatch(/key-of-|@/);
    const demoAdvisor = history.advisors.find((a) => a.teamId === history.teams[0]?.teamId);
    expect(comments.some((c) => c.advisorId === demoAdvisor?.payrollId)).toBe(true);
  });
});
