import { beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../functions/services/access/user-admin.service.js';
import { publishLogicsMonths } from '../../functions/services/logics/publish-logics-month.service.js';
import { logicsPublicationDeps } from '../../functions/wiring/logics-publication.wiring.js';
import { seedDemoTables } from '../support/demo-tables.js';
import { frenchSaysPulse, unfilledPlaceholders } from '../support/message-texts.js';
import { signInHarness } from '../support/sign-in-harness.js';

/**
 * The signed-in pages of a freshly seeded demo, as each role opens them in French and English:
 * every horizontally scrolling region is reachable by keyboard and named, no text keeps a
 * `{name}` placeholder, and no French page says « pulse ».
 */

let h: Awaited<ReturnType<typeof signInHarness>>;
const cookies: Record<string, string> = {};
let pages: { role: string; path: string }[] = [];
let opened: { role: string; path: string; locale: 'fr' | 'en'; status: number; body: string }[] = [];

const people = (team: string, advisor: string) =>
  ({
    hr: { email: 'drc@centre.example', role: 'hr' },
    admin: { email: 'admin@centre.example', role: 'admin' },
    payroll: { email: 'paie@centre.example', role: 'payroll' },
    manager: { email: 'manager@centre.example', role: 'manager', teams: [team] },
    advisor: { email: 'conseiller@centre.example', role: 'advisor', advisorId: advisor },
  }) as const;

beforeAll(async () => {
  h = await signInHarness({ now: new Date('2026-11-30T09:00:00Z') });
  const seeded = await seedDemoTables(h.db, h.clock.now());
  // Each past month's advisor logics, as the demo's first start publishes them.
  await publishLogicsMonths(logicsPublicationDeps(h.db.config, h.db.clients, { now: () => h.clock.now() }));
  const team = seeded.history.teams[0]?.teamId ?? '';
  const advisor = seeded.history.advisors.find((a) => a.teamId === team)?.payrollId ?? '';
  for (const [role, user] of Object.entries(people(team, advisor)))
    for (const locale of ['fr', 'en'] as const) {
      const email = `${locale}.${user.email}`;
      await addUser(h.deps, { ...user, email, locale });
      cookies[`${role}:${locale}`] = await h.signInAs(email);
    }
  const logics = await h.request('GET', '/logics', { cookie: cookies['hr:fr'] });
  const months = [...logics.body.matchAll(/<option value="(\d{4}-\d{2})"/g)].map((m) => m[1] ?? '');
  pages = [
    { role: 'hr', path: '/' },
    { role: 'hr', path: '/centre' },
    { role: 'hr', path: '/logics' },
    ...months.map((month) => ({ role: 'hr', path: `/logics?month=${month}` })),
    { role: 'hr', path: `/teams/${team}` },
    { role: 'hr', path: '/pay/policy' },
    { role: 'hr', path: `/pay/quarters/${seeded.payQuarter}` },
    { role: 'manager', path: `/teams/${team}` },
    { role: 'manager', path: `/teams/${team}/comments` },
    { role: 'manager', path: `/teams/${team}/actions` },
    { role: 'manager', path: '/logics' },
    { role: 'advisor', path: '/me' },
    { role: 'advisor', path: '/me/pay' },
    { role: 'advisor', path: '/privacy' },
    { role: 'admin', path: '/admin/users' },
    { role: 'admin', path: '/admin/logics' },
    { role: 'payroll', path: `/pay/quarters/${seeded.payQuarter}` },
  ];
  opened = await openEveryPage();
}, 240_000);

/** Every page in both languages, with its body. */
async function openEveryPage() {
  const all: { role: string; path: string; locale: 'fr' | 'en'; status: number; body: string }[] = [];
  for (const page of pages)
    for (const locale of ['fr', 'en'] as const) {
      const res = await h.request('GET', page.path, { cookie: cookies[`${page.role}:${locale}`] });
      all.push({ ...page, locale, status: res.status, body: res.body });
    }
  return all;
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** A page's words as read: its text, and the titles and labels read out, without styles, scripts or tags. */
function readText(html: string): string {
  const labels = [...html.matchAll(/\s(?:aria-label|title|alt|placeholder)="([^"]*)"/g)].map((m) => m[1]);
  const text = html
    .replaceAll(/<style>[\s\S]*?<\/style>/g, ' ')
    .replaceAll(/<script[\s\S]*?<\/script>/g, ' ')
    .replaceAll(/<code>[\s\S]*?<\/code>/g, ' ')
    .replaceAll(/<[^>]+>/g, ' ');
  return [text, ...labels].join(' ');
}

describe('the signed-in pages of the demo, at every width', () => {
  it('opens the pages that hold tables', async () => {
    expect(pages.filter((p) => p.path.startsWith('/logics?month=')).length).toBeGreaterThanOrEqual(3);
    for (const page of opened) expect(page.status, `${page.role} ${page.path} (${page.locale})`).toBe(200);
  });

  it('makes every horizontally scrolling region focusable and named after its table', async () => {
    let regions = 0;
    for (const page of opened) {
      const where = `${page.role} ${page.path} (${page.locale})`;
      // Only .table-scroll scrolls sideways: no other rule of the page's style sheets does.
      const styles = [...page.body.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '').join('');
      const scrolling = [...styles.matchAll(/([^{}]+)\{[^}]*overflow(?:-x)?:(?:auto|scroll)[^}]*\}/g)].map(
        (m) => (m[1] ?? '').trim(),
      );
      expect(scrolling, where).toEqual(scrolling.length ? ['.table-scroll'] : []);
      const ids = new Map(
        [...page.body.matchAll(/<(\w+)[^>]*\sid="([^"]+)"[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => [
          m[2],
          (m[3] ?? '').replaceAll(/<[^>]+>/g, '').trim(),
        ]),
      );
      for (const [tag] of page.body.matchAll(
        /<[a-z]+\s[^>]*class="(?:[^"]*\s)?table-scroll(?:\s[^"]*)?"[^>]*>/g,
      )) {
        regions += 1;
        expect(attribute(tag, 'tabindex'), `${where}: ${tag}`).toBe('0');
        expect(attribute(tag, 'role'), `${where}: ${tag}`).toBe('region');
        const label = attribute(tag, 'aria-label');
        const labelledBy = attribute(tag, 'aria-labelledby');
        const name = label ?? (labelledBy ? ids.get(labelledBy) : undefined);
        expect(name?.trim().length ?? 0, `${where}: ${tag} has no name`).toBeGreaterThan(2);
      }
    }
    expect(regions).toBeGreaterThanOrEqual(20);
  });

  it('leaves no {name} placeholder in any page, on every published logics month', async () => {
    for (const page of opened)
      expect(unfilledPlaceholders(readText(page.body)), `${page.role} ${page.path} (${page.locale})`).toEqual(
        [],
      );
  });

  it('says « pulse » on no French page; English pages keep the word', async () => {
    for (const page of opened.filter((p) => p.locale === 'fr'))
      expect(frenchSaysPulse(readText(page.body)), `${page.role} ${page.path}`).toBe(false);
    expect(opened.some((p) => p.locale === 'en' && /\bpulse\b/i.test(readText(p.body)))).toBe(true);
  });
});
