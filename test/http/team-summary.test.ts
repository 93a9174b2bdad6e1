import { beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../functions/services/access/user-admin.service.js';
import { pressureTeamId } from '../../scripts/demo/demo-teams.js';
import { shiftWeek } from '../../shared/advisor-results/week-range.js';
import { seedDemoTables } from '../support/demo-tables.js';
import { signInHarness } from '../support/sign-in-harness.js';

let h: Awaited<ReturnType<typeof signInHarness>>;
const cookies: Record<'fr' | 'en', string> = { fr: '', en: '' };
/** Monday of 2026-W49: the last complete week is 2026-W48. */
const now = new Date('2026-11-30T09:00:00Z');
const lastCompleteWeek = '2026-W48';

/** What a reader sees: the text without styles, tags or attributes. */
const visibleText = (html: string) =>
  html
    .replaceAll(/<style>[^<]*<\/style>/g, ' ')
    .replaceAll(/<[^>]+>/g, ' ')
    .replaceAll('&#39;', "'")
    .replaceAll(/\s+/g, ' ');

/** The summary section's HTML, which must come before every other section of the page. */
function summaryOf(html: string): string {
  const m = html.match(/<section class="card team-summary"[\s\S]*?<\/section>/);
  expect(m, 'the page has a summary').not.toBeNull();
  return m?.[0] ?? '';
}

beforeAll(async () => {
  h = await signInHarness({ now });
  // The default demo seed: LIL-FID's wellbeing falls over the half-year.
  await seedDemoTables(h.db, h.clock.now());
  await addUser(h.deps, { email: 'drc@centre.example', role: 'hr' });
  await addUser(h.deps, { email: 'hr.en@centre.example', role: 'hr', locale: 'en' });
  cookies.fr = await h.signInAs('drc@centre.example');
  cookies.en = await h.signInAs('hr.en@centre.example');
}, 240_000);

describe('the team page summary', () => {
  it.each([
    ['fr', 'Bien-être des conseillers', 'nettement sous le centre', 'Alerte active'],
    ['en', 'Advisors’ wellbeing', 'clearly below the centre', 'Active alert'],
  ] as const)(
    'names the pressure team’s wellbeing below the centre first and links its evidence (%s)',
    async (locale, measure, below, alertWords) => {
      const res = await h.request('GET', `/teams/${pressureTeamId}`, { cookie: cookies[locale] });
      expect(res.status).toBe(200);
      const summary = summaryOf(res.body);
      // Before the charts, the alerts and the period form.
      const at = res.body.indexOf(summary);
      for (const later of ['<svg', 'id="alerts-heading"', 'name="from"'])
        expect(res.body.indexOf(later), later).toBeGreaterThan(at);
      const wellbeing = summary.match(/<li data-measure="wellbeing"[^>]*>[\s\S]*?<\/li>/)?.[0] ?? '';
      expect(wellbeing).toContain('data-side="below"');
      expect(visibleText(wellbeing)).toContain(`${measure}`);
      expect(visibleText(wellbeing)).toContain(below);
      // How sure: the adjusted interval lies wholly under the centre it is read against.
      const numbers = (visibleText(wellbeing).match(/\d+(?:[.,]\d+)?/g) ?? []).map((v) =>
        Number(v.replace(',', '.')),
      );
      const [value, confidence, low, high, centre] = numbers;
      expect(confidence).toBeGreaterThan(95);
      expect(low).toBeLessThanOrEqual(value ?? Number.NaN);
      expect(high).toBeGreaterThanOrEqual(value ?? Number.NaN);
      expect(high).toBeLessThan(centre ?? Number.NaN);
      // Each thing to look at links to evidence present on the page; the alert comes first.
      const links = [...summary.matchAll(/<a href="#([a-z-]+)">([^<]*)<\/a>/g)].map((m) => ({
        anchor: m[1] ?? '',
        text: m[2] ?? '',
      }));
      expect(links.length).toBeGreaterThanOrEqual(1);
      expect(links.length).toBeLessThanOrEqual(2);
      for (const link of links) expect(res.body).toContain(`id="${link.anchor}"`);
      expect(links[0]?.anchor).toBe('alert-wellbeing-falling');
      expect(links[0]?.text).toContain(alertWords);
      if (links.length === 2) expect(links[1]?.anchor).toBe('axis-wellbeing');
      expect(summary).not.toContain('data-looks="none"');
    },
  );

  it.each([
    ['fr', 'Rien ne se distingue sur cette période.'],
    ['en', 'Nothing stands out this period.'],
  ] as const)('says plainly when nothing stands out (%s)', async (locale, nothing) => {
    // Weeks long before the demo's history: no figure, no alert, no axis clear.
    const res = await h.request('GET', `/teams/${pressureTeamId}?from=2024-W01&to=2024-W12`, {
      cookie: cookies[locale],
    });
    expect(res.status).toBe(200);
    const summary = summaryOf(res.body);
    expect(summary).toContain('data-looks="none"');
    expect(visibleText(summary)).toContain(nothing);
    expect(summary).not.toContain('<a href=');
    expect(summary).not.toContain('data-side="below"');
  });

  it('offers the last 4, 13, 26 and 52 weeks as links ending with the last complete week', async () => {
    const res = await h.request('GET', `/teams/${pressureTeamId}`, { cookie: cookies.en });
    const presets = [
      ...res.body.matchAll(/<a href="(\/teams\/[^"?]+\?from=([^&]+)&amp;to=([^"]+))"([^>]*)>([^<]*)</g),
    ];
    expect(presets.map((m) => m[5])).toEqual([
      'Last 4 weeks',
      'Last 13 weeks',
      'Last 26 weeks',
      'Last 52 weeks',
    ]);
    for (const [i, count] of [4, 13, 26, 52].entries()) {
      const m = presets[i];
      expect(m?.[3]).toBe(lastCompleteWeek);
      expect(m?.[2]).toBe(shiftWeek(lastCompleteWeek, 1 - count));
      // The default period is the last 26 weeks: that preset is the current one.
      expect((m?.[4] ?? '').includes('aria-current="page"')).toBe(count === 26);
      const followed = await h.request('GET', (m?.[1] ?? '').replaceAll('&amp;', '&'), {
        cookie: cookies.en,
      });
      expect(followed.status).toBe(200);
      expect(visibleText(followed.body)).toContain(`(${count} weeks)`);
    }
    // The typed-week form stays, behind "Other period", and still answers.
    expect(res.body).toMatch(/<details><summary>Other period<\/summary><form class="range-form"/);
    const typed = await h.request('GET', `/teams/${pressureTeamId}?from=2026-W40&to=2026-W47`, {
      cookie: cookies.en,
    });
    expect(typed.status).toBe(200);
    expect(visibleText(typed.body)).toContain('(8 weeks)');
    expect(typed.body).not.toContain('aria-current="page">Last');
    const bad = await h.request('GET', `/teams/${pressureTeamId}?from=2026-W99`, { cookie: cookies.en });
    expect(bad.status).toBe(400);
  });
});
