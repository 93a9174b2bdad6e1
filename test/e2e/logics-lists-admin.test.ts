import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ServedApp,
  seriousAccessibilityViolations,
  serveForBrowser,
} from '../support/browser-server.js';
import { launchChromium, signedInBrowserPage } from '../support/chromium.js';
import { signInHarness, signInUsers } from '../support/sign-in-harness.js';

let server: ServedApp;
let origin: string;
let browser: Browser;
let h: Awaited<ReturnType<typeof signInHarness>>;

beforeAll(async () => {
  h = await signInHarness({ now: new Date('2026-11-02T09:00:00Z') });
  await h.seed();
  server = await serveForBrowser(h.app.fetch, 'localhost');
  origin = server.origin;
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the admin’s logics lists in Chromium', () => {
  it('an admin adds a tool through the form, a bad tag is refused in place, and the page is axe-clean under the CSP', async () => {
    const { page, violations } = await signedInBrowserPage(
      browser,
      await h.signInAs(signInUsers.admin.email),
    );
    await page.goto(`${origin}/admin/logics`);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByLabel('row 1, Id', { exact: true }).first().fill('peer-debrief');
    await page.getByLabel('row 1, Kind', { exact: true }).first().selectOption('method');
    await page.getByLabel('row 1, Name (French)', { exact: true }).fill('Le débrief entre pairs');
    await page.getByLabel('row 1, Name (English)', { exact: true }).fill('Peer debrief');
    await page.locator('form[action="/admin/logics/tools"] button[type="submit"]').click();
    await page.waitForURL(`${origin}/admin/logics?saved=tools`);
    expect(await page.getByRole('status').textContent()).toContain('Tools and methods list saved');
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
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await h.deps.logicsLists?.resources()).toEqual([]);
    await resources.getByLabel('row 1, Tags', { exact: true }).fill('tool-peer-debrief:high');
    await resources.locator('button[type="submit"]').click();
    await page.waitForURL(`${origin}/admin/logics?saved=resources`);
    expect(await page.getByRole('status').textContent()).toBe('Resources list saved.');
    expect((await h.deps.logicsLists?.resources())?.map((r) => r.addresses)).toEqual([
      [{ itemId: 'tool-peer-debrief', when: 'high' }],
    ]);
    expect(violations).toEqual([]);
  });
});

describe('the admin’s users and brand pages in Chromium', () => {
  it('the users page: a role must be chosen, a removal is confirmed on a second step, each save says so; axe-clean', async () => {
    const { page, violations } = await signedInBrowserPage(
      browser,
      await h.signInAs(signInUsers.admin.email),
    );
    await page.goto(`${origin}/admin/users`);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await expect.poll(() => page.getByLabel('Role', { exact: true }).inputValue()).toBe('');
    await page.getByLabel('Email', { exact: true }).fill('new.payroll@centre.example');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    // No role chosen: the browser keeps the form (the server would refuse it too, naming the field).
    expect(await page.locator('select#role:invalid').count()).toBe(1);
    expect(await h.deps.users.getUser('new.payroll@centre.example')).toBeUndefined();
    await page.getByLabel('Role', { exact: true }).selectOption('payroll');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.waitForURL(`${origin}/admin/users?done=added`);
    expect(await page.getByRole('status').textContent()).toBe('User added.');
    expect((await h.deps.users.getUser('new.payroll@centre.example'))?.role).toBe('payroll');

    await page.getByRole('button', { name: 'Remove new.payroll@centre.example' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Remove a user');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await h.deps.users.getUser('new.payroll@centre.example')).toBeDefined();
    await page.getByRole('button', { name: 'Yes, remove' }).click();
    await page.waitForURL(`${origin}/admin/users?done=removed`);
    expect(await h.deps.users.getUser('new.payroll@centre.example')).toBeUndefined();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('navigation').getByRole('link', { name: 'Centre brand' }).click();
    await page.getByLabel('Display name', { exact: true }).fill('Centre Rhône');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL(`${origin}/admin/brand?saved=1`);
    expect(await page.getByRole('status').textContent()).toContain('Brand saved');
    expect(await page.locator('header a.brand').textContent()).toBe('Centre Rhône');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(violations).toEqual([]);
  });
});
