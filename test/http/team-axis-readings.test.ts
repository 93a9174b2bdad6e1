import { beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../functions/services/access/user-admin.service.js';
import { pressureTeamId } from '../../scripts/demo/demo-teams.js';
import { seedDemoTables } from '../support/demo-tables.js';
import { signInHarness } from '../support/sign-in-harness.js';

let h: Awaited<ReturnType<typeof signInHarness>>;
const cookies: Record<string, string> = {};

/** What a reader sees: the page's text, without styles, tags or attributes. */
const visibleText = (html: string) =>
  html
    .replaceAll(/<style>[^<]*<\/style>/g, ' ')
    .replaceAll(/<[^>]+>/g, ' ')
    .replaceAll('&#39;', "'")
    .replaceAll(/\s+/g, ' ');

/** The text of the centre's placement line of one team. */
function placementLine(html: string, teamId: string) {
  const m = html.match(
    new RegExp(`<li data-team="${teamId}" data-axes="([a-z]+) ([a-z]+)">([\\s\\S]*?)</li>`),
  );
  return m ? { wellbeing: m[1], customer: m[2], text: visibleText(m[3] ?? '') } : undefined;
}

beforeAll(async () => {
  h = await signInHarness({ now: new Date('2026-11-30T09:00:00Z') });
  // The default demo seed, as `npm start` seeds it: LIL-FID's wellbeing falls over the half-year.
  await seedDemoTables(h.db, h.clock.now());
  for (const [name, email] of [
    ['fr', 'drc@centre.example'],
    ['en', 'hr.en@centre.example'],
  ] as const) {
    await addUser(h.deps, { email, role: 'hr' });
    cookies[name] = await h.signInAs(email);
  }
  await h.request('POST', '/account/language', { cookie: cookies.en, form: { locale: 'en' } });
}, 240_000);

describe('the pressure team read axis by axis on the seeded demo', () => {
  it('reads advisors clearly below the centre on /centre, in French and in English', async () => {
    const fr = await h.request('GET', '/centre', { cookie: cookies.fr });
    const en = await h.request('GET', '/centre', { cookie: cookies.en });
    expect(fr.status).toBe(200);
    expect(en.status).toBe(200);
    const lineFr = placementLine(fr.body, pressureTeamId);
    const lineEn = placementLine(en.body, pressureTeamId);
    expect(lineFr?.wellbeing).toBe('below');
    expect(lineFr?.text).toContain('Bien-être des conseillers nettement sous le centre');
    expect(lineEn?.text).toContain('Advisors’ wellbeing clearly below the centre');
    // A quadrant is named only when the customer axis is clear too; otherwise the page says so.
    if (lineEn?.customer === 'within') {
      expect(lineEn.text).toContain('customers not distinguishable from the centre');
      expect(lineEn.text).toContain('No quadrant: only one axis stands apart from the centre.');
      expect(lineFr?.text).toContain('clients non distinguables du centre');
    } else expect(lineEn?.text).toContain('Quadrant:');
    // The adjustment is stated once for the page: 8 teams × 2 axes.
    expect(visibleText(en.body)).toContain(
      'adjusted over the page’s 16 comparisons (8 teams × 2 axes, Šidák 1967)',
    );
    expect(visibleText(fr.body)).toContain(
      'ajusté sur les 16 comparaisons de la page (8 équipes × 2 axes, Šidák 1967)',
    );
  });

  it('reads advisors clearly below the centre on the team page, in French and in English', async () => {
    const fr = await h.request('GET', `/teams/${pressureTeamId}`, { cookie: cookies.fr });
    const en = await h.request('GET', `/teams/${pressureTeamId}`, { cookie: cookies.en });
    expect(fr.status).toBe(200);
    expect(en.status).toBe(200);
    expect(fr.body).toMatch(/data-axes="below (below|within|above)"/);
    expect(visibleText(fr.body)).toContain('Bien-être des conseillers nettement sous le centre');
    expect(visibleText(en.body)).toContain('Advisors’ wellbeing clearly below the centre');
    expect(visibleText(fr.body)).not.toContain('près du centre, sans quadrant attribué');
  });
});
