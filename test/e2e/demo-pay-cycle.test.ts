import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoUsers } from '../../scripts/seed-demo.js';
import { type ServedApp, serveForBrowser } from '../support/browser-server.js';
import { launchChromium, signedInBrowserPage } from '../support/chromium.js';
import { seedDemoTables } from '../support/demo-tables.js';
import { signInHarness } from '../support/sign-in-harness.js';

/**
 * The pay cycle on a freshly seeded demo, every step through the pages in Chromium as the demo
 * users of /dev/login: hr computes the last complete quarter, the demo advisor contests one of
 * their ratings, hr accepts it, approves one row then every row still pending and closes; payroll downloads the three
 * files and the check form accepts each. The test reads the tables to check what the pages
 * did, and writes nothing itself.
 */
const demo = {
  hr: 'rh@demo.duopulse.example',
  payroll: 'paie@demo.duopulse.example',
  advisor: 'conseiller@demo.duopulse.example',
} as const;

let h: Awaited<ReturnType<typeof signInHarness>>;
let server: ServedApp;
let browser: Browser;
let quarter: string;
let advisorId: string;

beforeAll(async () => {
  h = await signInHarness({ now: new Date('2026-11-30T09:00:00Z') });
  const seeded = await seedDemoTables(h.db, h.clock.now());
  await seedDemoUsers(h.deps, seeded.history);
  quarter = seeded.payQuarter;
  const team = seeded.history.teams[0]?.teamId;
  advisorId = seeded.history.advisors.find((a) => a.teamId === team)?.payrollId ?? '';
  server = await serveForBrowser(h.app.fetch, 'localhost');
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function signedIn(email: string): Promise<{ page: Page; violations: string[] }> {
  return signedInBrowserPage(browser, await h.signInAs(email), { acceptDownloads: true });
}

/** Submits the form holding `button` and waits for the page it leads to. */
async function submit(page: Page, button: ReturnType<Page['locator']>) {
  await Promise.all([page.waitForEvent('load'), button.click()]);
}

describe('the demo pay cycle in Chromium', () => {
  it('the demo history makes the last complete quarter payable: dates recorded, a policy governing it', async () => {
    expect(quarter).toBe('2026-Q3');
    const { page, violations } = await signedIn(demo.hr);
    await page.goto(`${server.origin}/pay/policy`);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toMatch(/Indicateurs de rémunération activés le 2026-06-\d\d/);
    expect(text).toContain('s’applique à partir de 2026-Q3');
    expect(text).not.toContain('non enregistrée');
    const prerequisites = await h.deps.pay.prerequisites();
    expect(prerequisites?.cseConsultedOn && prerequisites.cseConsultedOn < '2026-07-01').toBe(true);
    expect(prerequisites?.advisorsInformedOn && prerequisites.advisorsInformedOn < '2026-07-01').toBe(true);
    expect(violations).toEqual([]);
  });

  it('hr computes, the advisor contests a rating, hr accepts it, approves every row and closes', async () => {
    const hr = await signedIn(demo.hr);
    await hr.page.goto(`${server.origin}/pay/policy`);
    await submit(hr.page, hr.page.locator(`a[href="/pay/quarters/${quarter}"]`));
    expect(await hr.page.locator('h1').textContent()).toBe(`Revue du trimestre ${quarter}`);
    await submit(hr.page, hr.page.getByRole('button', { name: 'Calculer les propositions' }));
    expect(await hr.page.locator('[role="alert"]').count()).toBe(0);
    const approveForms = hr.page.locator('form[action$="/approve"]');
    const rows = await approveForms.count();
    expect(rows).toBeGreaterThan(50);
    const computed = await h.deps.reviews?.rows(quarter);
    expect(computed?.length).toBe(rows);
    expect(computed?.filter((r) => r.indicator.state === 'proposed').length).toBeGreaterThan(rows / 2);

    const advisor = await signedIn(demo.advisor);
    await advisor.page.goto(`${server.origin}/me/pay`);
    await submit(advisor.page, advisor.page.locator(`a[href="/me/pay?quarter=${quarter}"]`));
    const contestForm = advisor.page.locator('form[action="/me/pay/contests"]').first();
    const responseId = (await contestForm.locator('input[name="responseId"]').getAttribute('value')) ?? '';
    expect(responseId).not.toBe('');
    await contestForm
      .locator('textarea[name="reason"]')
      .fill('Le client parle du produit, pas de mon conseil.');
    await submit(advisor.page, contestForm.locator('button[type="submit"]'));
    expect(advisor.page.url()).toContain(`/me/pay?quarter=${quarter}`);
    expect(await advisor.page.locator('main').textContent()).toContain(
      'Contestation en attente de décision des RH',
    );

    await hr.page.reload();
    const resolve = hr.page.locator(`form[action$="/contests/${responseId}/resolve"]`);
    await resolve.locator('select[name="decision"]').selectOption('accept');
    await resolve.locator('input[name="reason"]').fill('Remarque sur le produit');
    await submit(hr.page, resolve.locator('button[type="submit"]'));
    const contests = await h.deps.reviews?.contests(quarter);
    expect(contests?.map((c) => [c.advisorId, c.state])).toEqual([[advisorId, 'accepted']]);

    // One row approved on its own, then every row still pending at once, as computed.
    await submit(hr.page, approveForms.first().locator('button'));
    await submit(
      hr.page,
      hr.page.getByRole('button', { name: /^Approuver telles que calculées les \d+ lignes/ }),
    );
    expect((await h.deps.reviews?.rows(quarter))?.every((r) => r.review.state === 'approved')).toBe(true);
    await submit(hr.page, hr.page.getByRole('button', { name: 'Clôturer le trimestre' }));
    expect(await hr.page.locator('[role="alert"]').count()).toBe(0);
    expect(await hr.page.locator('main').textContent()).toContain('Révision 1 clôturée');
    const closed = await h.deps.closedQuarters?.latestRevision(quarter);
    expect(closed?.revision).toBe(1);
    expect(closed?.rows.length).toBe(computed?.filter((r) => r.indicator.state === 'proposed').length);

    await advisor.page.reload();
    expect(await advisor.page.locator('main').textContent()).toContain(
      'Contestation acceptée : la note ne compte plus',
    );
    expect([...hr.violations, ...advisor.violations]).toEqual([]);
  }, 600_000);

  it('payroll downloads the three files of the closed quarter and the check form accepts each', async () => {
    const { page, violations } = await signedIn(demo.payroll);
    await page.goto(`${server.origin}/pay/quarters/${quarter}`);
    const closed = await h.deps.closedQuarters?.latestRevision(quarter);
    for (const kind of ['csv', 'json', 'manifest'] as const) {
      await page.goto(`${server.origin}/pay/quarters/${quarter}`);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(`a[href$="/revisions/1/files/${kind}"]`).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^duopulse-pay-${quarter}-r1`));
      const path = await download.path();
      const bytes = await readFile(path);
      if (kind === 'csv') {
        const lines = bytes.toString('utf8').trim().split(/\r?\n/);
        expect(lines.length).toBe((closed?.rows.length ?? 0) + 1);
      }
      await page.locator('input[type="file"][name="file"]').setInputFiles(path);
      await submit(page, page.locator('form[action$="/revisions/1/check"] button[type="submit"]'));
      expect(await page.locator('[data-verdict]').getAttribute('data-verdict'), kind).toBe('matches');
      expect(await page.content()).toContain(createHash('sha256').update(bytes).digest('hex'));
    }
    expect(violations).toEqual([]);
  }, 300_000);
});
