import { AxeBuilder } from '@axe-core/playwright';
import { type ServerType, serve } from '@hono/node-server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, signedInBrowserPage } from '../support/chromium.js';
import { signInHarness, signInUsers } from '../support/sign-in-harness.js';

let server: ServerType;
let origin: string;
let browser: Browser;
let h: Awaited<ReturnType<typeof signInHarness>>;

beforeAll(async () => {
  h = await signInHarness({ now: new Date('2026-11-02T09:00:00Z') });
  await h.seed();
  const port = await new Promise<number>((resolve) => {
    server = serve({ fetch: h.app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(info.port));
  });
  origin = `http://localhost:${port}`;
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

describe('the admin’s logics lists in Chromium', () => {
  it('an admin adds a tool through the form, a bad tag is refused in place, and the page is axe-clean under the CSP', async () => {
    const { page, violations } = await signedInBrowserPage(
      browser,
      await h.signInAs(signInUsers.admin.email),
    );
    await page.goto(`${origin}/admin/logics`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('row 1, Id', { exact: true }).first().fill('peer-debrief');
    await page.getByLabel('row 1, Kind', { exact: true }).first().selectOption('method');
    await page.getByLabel('row 1, Name (French)', { exact: true }).fill('Le débrief entre pairs');
    await page.getByLabel('row 1, Name (English)', { exact: true }).fill('Peer debrief');
    await page.locator('form[action="/admin/logics/tools"] button[type="submit"]').click();
    await page.waitForURL(`${origin}/admin/logics`);
    expect(await h.deps.logicsLists?.toolsAndMethods()).toEqual([
      { id: 'peer-debrief', kind: 'method', name: { fr: 'Le débrief entre pairs', en: 'Peer debrief' } },
    ]);

    const resources = page.locator('form[action="/admin/logics/resources"]');
    await resources.getByLabel('row 1, Id', { exact: true }).fill('debrief-ritual');
    await resources.getByLabel('row 1, Title (French)', { exact: true }).fill('Rituel de débrief');
    await resources.getByLabel('row 1, Title (English)', { exact: true }).fill('Debrief ritual');
    await resources
      .getByLabel('row 1, Tags', { exact: true })
      .fill('tool-peer-debrief:high, rely-nobody:low');
    await resources.locator('button[type="submit"]').click();
    await expect
      .poll(() => page.locator('[role="alert"]').textContent())
      .toContain('"rely-nobody" is not a module answer');
    expect(await seriousViolations(page)).toEqual([]);
    expect(await h.deps.logicsLists?.resources()).toEqual([]);
    await resources.getByLabel('row 1, Tags', { exact: true }).fill('tool-peer-debrief:high');
    await resources.locator('button[type="submit"]').click();
    await page.waitForURL(`${origin}/admin/logics`);
    expect((await h.deps.logicsLists?.resources())?.map((r) => r.addresses)).toEqual([
      [{ itemId: 'tool-peer-debrief', when: 'high' }],
    ]);
    expect(violations).toEqual([]);
  });
});
