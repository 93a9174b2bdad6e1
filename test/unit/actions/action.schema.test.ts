import { describe, expect, it } from 'vitest';
import { actionInputSchema } from '../../../shared/actions/action.schema.js';

function problems(input: unknown) {
  const result = actionInputSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('action form schema', () => {
  it('accepts an action, trimming text, with or without the alert it answers', () => {
    expect(
      actionInputSchema.parse({
        what: '  Weekly 1:1 coaching on hard calls ',
        who: 'Claire Martin',
        week: '2026-W44',
        alert: '',
      }),
    ).toEqual({ what: 'Weekly 1:1 coaching on hard calls', who: 'Claire Martin', week: '2026-W44' });
    expect(
      actionInputSchema.parse({ what: 'x', who: 'y', week: '2026-W53', alert: 'wellbeing-falling' }).alert,
    ).toBe('wellbeing-falling');
  });

  it('names each bad field: empty what, too long who, malformed or non-existent week, unknown alert', () => {
    expect(problems({ what: '   ', who: 'a'.repeat(121), week: '2025-W53', alert: 'nope' })).toEqual([
      { path: 'what', message: 'what: required, 1 to 500 characters' },
      { path: 'who', message: 'who: at most 120 characters' },
      { path: 'week', message: 'week: an ISO week such as 2026-W07' },
      { path: 'alert', message: expect.stringContaining('alert: one of wellbeing-falling') },
    ]);
    expect(problems({ what: 'x'.repeat(10_000), who: 'y', week: 'W44' }).map((p) => p.path)).toEqual([
      'what',
      'week',
    ]);
    expect(problems({}).map((p) => p.path)).toEqual(['what', 'who', 'week']);
  });
});
