import { afterEach, describe, expect, it, vi } from 'vitest';
import { demoDefaults, generateDemoCentre } from '../../../scripts/demo/demo-centre.js';
import {
  advisorSchema,
  channels,
  interactionSchema,
  locales,
  managementProfiles,
  teamSchema,
  workModes,
} from '../../../shared/roster/index.js';
import { pulseDimensions } from '../../../shared/surveys/pulse-dimensions.js';
import { isoWeekOf } from '../../../shared/time/period.js';

const centre = generateDemoCentre();

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

describe('generateDemoCentre: validity', () => {
  it('produces teams, advisors and interactions that all parse with the roster schemas', () => {
    const failures = [
      ...centre.teams.map((t) => teamSchema.safeParse(t)),
      ...centre.advisors.map((a) => advisorSchema.safeParse(a)),
      ...centre.interactions.map((i) => interactionSchema.safeParse(i)),
    ].filter((result) => !result.success);
    expect(failures.map((f) => f.error?.issues)).toEqual([]);
    expect(centre.teams.length + centre.advisors.length + centre.interactions.length).toBeGreaterThan(16_000);
  });

  it('gives unique team ids, payroll ids, advisor emails and interaction ids', () => {
    const unique = (values: readonly string[]) => new Set(values).size === values.length;
    expect(unique(centre.teams.map((t) => t.teamId))).toBe(true);
    expect(unique(centre.advisors.map((a) => a.payrollId))).toBe(true);
    expect(unique(centre.advisors.map((a) => a.email))).toBe(true);
    expect(unique(centre.interactions.map((i) => i.externalId))).toBe(true);
  });

  it('names advisors P1xxxx with prenom.nom emails at centre.example, customers at client.example', () => {
    for (const advisor of centre.advisors) {
      expect(advisor.payrollId).toMatch(/^P1\d{4}$/);
      expect(advisor.email).toMatch(/^[a-z-]+\.[a-z-]+@centre\.example$/);
    }
    for (const interaction of centre.interactions)
      expect(interaction.customerEmail).toMatch(/@client\.example$/);
  });

  it('places every interaction in a planned week, while its advisor is on the roster, in Paris time', () => {
    const advisors = new Map(centre.advisors.map((a) => [a.payrollId, a]));
    const weeks = new Set(centre.plan.weeks);
    const misplaced = centre.interactions.filter((interaction) => {
      const advisor = advisors.get(interaction.advisorId);
      const date = interaction.startedAt.slice(0, 10);
      const localHour = Number(interaction.startedAt.slice(11, 13));
      return (
        !weeks.has(isoWeekOf(new Date(interaction.startedAt))) ||
        !advisor ||
        date < advisor.startDate ||
        (advisor.endDate && date > advisor.endDate) ||
        // EU summer time ends on Sunday 2026-10-25.
        interaction.startedAt.slice(19) !== (date < '2026-10-25' ? '+02:00' : '+01:00') ||
        localHour < 8 ||
        localHour >= 20 ||
        (Date.parse(interaction.endedAt) - Date.parse(interaction.startedAt)) / 1000 !==
          interaction.handleTimeSeconds
      );
    });
    expect(misplaced).toEqual([]);
    expect(new Set(centre.interactions.map((i) => i.startedAt.slice(19)))).toEqual(
      new Set(['+02:00', '+01:00']),
    );
  });
});

describe('generateDemoCentre: shape of the centre', () => {
  it('has eight teams on three sites using every management profile', () => {
    expect(centre.teams).toHaveLength(8);
    expect(new Set(centre.teams.map((t) => t.site))).toEqual(new Set(['Lyon', 'Lille', 'Nantes']));
    expect(new Set(centre.teams.map((t) => t.managementProfile))).toEqual(new Set(managementProfiles));
  });

  it('has about eighty advisors, every work mode, FTE from 0.5 to 1, joiners and leavers inside the half-year', () => {
    expect(centre.advisors.length).toBeGreaterThanOrEqual(76);
    expect(centre.advisors.length).toBeLessThanOrEqual(86);
    expect(new Set(centre.advisors.map((a) => a.workMode))).toEqual(new Set(workModes));
    const ftes = centre.advisors.map((a) => a.fte);
    expect(Math.min(...ftes)).toBe(0.5);
    expect(Math.max(...ftes)).toBe(1);
    const first = centre.plan.weekMondays[0] ?? '';
    const last = centre.plan.weekMondays.at(-1) ?? '';
    const joiners = centre.advisors.filter((a) => a.startDate >= first && a.startDate <= last);
    const leavers = centre.advisors.filter((a) => a.endDate && a.endDate >= first && a.endDate <= last);
    expect(joiners.length).toBeGreaterThanOrEqual(2);
    expect(leavers.length).toBeGreaterThanOrEqual(2);
    for (const advisor of centre.advisors)
      expect(centre.plan.advisors[advisor.payrollId]?.teamId).toBe(advisor.teamId);
  });

  it('covers 26 consecutive ISO weeks ending with the week before 2026-11-23', () => {
    expect(centre.plan.weeks).toHaveLength(26);
    expect(centre.plan.weeks[0]).toBe('2026-W22');
    expect(centre.plan.weeks.at(-1)).toBe('2026-W47');
    expect(centre.plan.weekMondays.at(-1)).toBe('2026-11-16');
    const perWeek = countBy(centre.interactions, (i) => isoWeekOf(new Date(i.startedAt)));
    expect([...perWeek.keys()].sort()).toEqual([...centre.plan.weeks]);
  });

  it('generates about eight contacts per advisor and week with every channel and both locales', () => {
    const advisorWeeks = centre.plan.weeks.length * centre.advisors.length;
    expect(centre.interactions.length).toBeGreaterThan(0.85 * 8 * advisorWeeks);
    expect(centre.interactions.length).toBeLessThan(1.15 * 8 * advisorWeeks);
    const byChannel = countBy(centre.interactions, (i) => i.channel);
    expect(new Set(byChannel.keys())).toEqual(new Set(channels));
    expect((byChannel.get('phone') ?? 0) / centre.interactions.length).toBeGreaterThan(0.4);
    const byLocale = countBy(centre.interactions, (i) => i.customerLocale);
    expect(new Set(byLocale.keys())).toEqual(new Set(locales));
    expect((byLocale.get('fr') ?? 0) / centre.interactions.length).toBeGreaterThan(0.8);
  });

  it('gives each team its own channel mix (the digital team chats, the branch desk sees people)', () => {
    const teamOf = new Map(centre.advisors.map((a) => [a.payrollId, a.teamId]));
    const share = (teamId: string, channel: string) => {
      const own = centre.interactions.filter((i) => teamOf.get(i.advisorId) === teamId);
      return own.filter((i) => i.channel === channel).length / own.length;
    };
    expect(share('LIL-DIG', 'chat')).toBeGreaterThan(0.35);
    expect(share('LIL-DIG', 'phone')).toBeLessThan(0.1);
    expect(share('NAN-AGE', 'in-person')).toBeGreaterThan(0.45);
    expect(share('LIL-BO', 'email')).toBeGreaterThan(0.6);
  });

  it('has channel-typical handle times: phone 5–8 minutes, email and chat longer', () => {
    const mean = (channel: string) => {
      const times = centre.interactions.filter((i) => i.channel === channel).map((i) => i.handleTimeSeconds);
      return times.reduce((s, t) => s + t, 0) / times.length;
    };
    expect(mean('phone')).toBeGreaterThan(300);
    expect(mean('phone')).toBeLessThan(480);
    expect(mean('email')).toBeGreaterThan(mean('phone'));
    expect(mean('chat')).toBeGreaterThan(mean('email'));
  });

  it('reports first-contact resolution as true, false, null or absent', () => {
    const states = countBy(centre.interactions, (i) =>
      'resolvedFirstContact' in i ? String(i.resolvedFirstContact) : 'absent',
    );
    expect(new Set(states.keys())).toEqual(new Set(['true', 'false', 'null', 'absent']));
    expect((states.get('true') ?? 0) > (states.get('false') ?? 0)).toBe(true);
  });

  it('has repeat customers, some of them back within a 30-day quiet period', () => {
    const byCustomer = new Map<string, number[]>();
    for (const i of centre.interactions) {
      const times = byCustomer.get(i.customerEmail) ?? [];
      times.push(Date.parse(i.startedAt));
      byCustomer.set(i.customerEmail, times);
    }
    const repeat = [...byCustomer.values()].filter((t) => t.length > 1);
    expect(repeat.length / byCustomer.size).toBeGreaterThan(0.2);
    const within30Days = repeat.filter((times) =>
      times.some((t, k) => k > 0 && t - (times[k - 1] ?? 0) < 30 * 86_400_000),
    );
    expect(within30Days.length).toBeGreaterThan(500);
  });
});

describe('generateDemoCentre: reproducibility', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('gives the identical centre for the same seed, at any time, without Math.random or Date.now', () => {
    vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random used');
    });
    vi.spyOn(Date, 'now').mockImplementation(() => {
      throw new Error('Date.now used');
    });
    const again = generateDemoCentre({ seed: demoDefaults.seed });
    expect(again).toEqual(centre);
  });

  it('gives a different centre for a different seed, with the same shape', () => {
    const other = generateDemoCentre({ seed: 7 });
    expect(other.plan.weeks).toEqual(centre.plan.weeks);
    expect(other.teams.map((t) => t.teamId)).toEqual(centre.teams.map((t) => t.teamId));
    expect(other.advisors.map((a) => a.email)).not.toEqual(centre.advisors.map((a) => a.email));
    expect(other.interactions.slice(0, 50)).not.toEqual(centre.interactions.slice(0, 50));
    expect(other.plan.teamWeekly).not.toEqual(centre.plan.teamWeekly);
  });

  it('keeps the plan and roster when only the number of contacts changes', () => {
    const lighter = generateDemoCentre({ contactsPerAdvisorWeek: 2 });
    expect(lighter.plan).toEqual(centre.plan);
    expect(lighter.advisors).toEqual(centre.advisors);
    expect(lighter.interactions.length).toBeLessThan(centre.interactions.length / 3);
  });

  it('honours weeks and endWeekMonday, and rejects options it cannot honour', () => {
    const short = generateDemoCentre({ weeks: 8, endWeekMonday: '2026-03-02', contactsPerAdvisorWeek: 1 });
    expect(short.plan.weeks).toEqual([
      '2026-W03',
      '2026-W04',
      '2026-W05',
      '2026-W06',
      '2026-W07',
      '2026-W08',
      '2026-W09',
      '2026-W10',
    ]);
    for (const series of Object.values(short.plan.teamWeekly)) {
      expect(series).toHaveLength(8);
      for (const week of series) expect(Object.keys(week.pulse).sort()).toEqual([...pulseDimensions].sort());
    }
    expect(() => generateDemoCentre({ endWeekMonday: '2026-11-17' })).toThrow(/Monday/);
    expect(() => generateDemoCentre({ weeks: 2 })).toThrow(/weeks/);
    expect(() => generateDemoCentre({ seed: 1.5 })).toThrow(/seed/);
    expect(() => generateDemoCentre({ contactsPerAdvisorWeek: -1 })).toThrow(/contactsPerAdvisorWeek/);
  });
});
