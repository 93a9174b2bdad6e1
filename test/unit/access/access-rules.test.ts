import { describe, expect, it } from 'vitest';
import { areasOf, mayAccess, roleFromGroups, userSchema, type Viewer } from '../../../shared/access/index.js';

const viewers: Record<string, Viewer> = {
  admin: { email: 'a@x.example', role: 'admin', teams: [], locale: 'fr' },
  hr: { email: 'h@x.example', role: 'hr', teams: [], locale: 'fr' },
  payroll: { email: 'p@x.example', role: 'payroll', teams: [], locale: 'fr' },
  manager: { email: 'm@x.example', role: 'manager', teams: ['lyon-1'], locale: 'fr' },
  advisor: { email: 'c@x.example', role: 'advisor', teams: [], advisorId: 'A1', locale: 'fr' },
};

describe('access rules', () => {
  it('team and advisor objects: in scope only for hr (every team), the team’s manager, the advisor themself', () => {
    const seen = Object.fromEntries(
      Object.entries(viewers).map(([name, v]) => [
        name,
        [
          mayAccess(v, 'team', { kind: 'team', teamId: 'lyon-1' }),
          mayAccess(v, 'team', { kind: 'team', teamId: 'lille-1' }),
          mayAccess(v, 'advisor', { kind: 'advisor', advisorId: 'A1' }),
          mayAccess(v, 'advisor', { kind: 'advisor', advisorId: 'B1' }),
        ],
      ]),
    );
    expect(seen).toEqual({
      admin: [false, false, false, false],
      hr: [true, true, false, false],
      payroll: [false, false, false, false],
      manager: [true, false, false, false],
      advisor: [false, false, true, false],
    });
  });

  it('areas per role', () => {
    expect(Object.fromEntries(Object.entries(viewers).map(([n, v]) => [n, areasOf(v.role)]))).toEqual({
      admin: ['home', 'users', 'logics-lists'],
      hr: ['home', 'centre', 'logics', 'team', 'pay'],
      payroll: ['home', 'pay'],
      manager: ['home', 'logics', 'team'],
      advisor: ['home', 'advisor'],
    });
  });

  it('exactly one role group gives the role; none or two give none', () => {
    expect(roleFromGroups(['manager', 'everyone'])).toBe('manager');
    expect(roleFromGroups(['admin', 'hr'])).toBeUndefined();
    expect(roleFromGroups([])).toBeUndefined();
  });

  it('a user needs the scope of its role and nothing else', () => {
    expect(userSchema.parse({ email: ' Claire@X.example ', role: 'manager', teams: ['lyon-1'] })).toEqual({
      email: 'claire@x.example',
      role: 'manager',
      teams: ['lyon-1'],
      locale: 'fr',
    });
    const paths = (input: unknown) =>
      userSchema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(paths({ email: 'm@x.example', role: 'manager' })).toEqual([
      'teams: a manager needs at least one team',
    ]);
    expect(paths({ email: 'c@x.example', role: 'advisor' })).toEqual([
      'advisorId: an advisor needs their payroll id',
    ]);
    expect(paths({ email: 'h@x.example', role: 'hr', teams: ['lyon-1'], advisorId: 'A1' })).toEqual([
      'teams: only a manager has teams',
      'advisorId: only an advisor has a payroll id',
    ]);
  });
});
