import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusalMessages } from '../../shared/i18n/refusal-messages.js';
import {
  type ServedApp,
  seriousAccessibilityViolations,
  serveForBrowser,
} from '../support/browser-server.js';
import { launchChromium, signedInBrowserPage, watchPolicyViolations } from '../support/chromium.js';
import { signInHarness, signInUsers } from '../support/sign-in-harness.js';

let server: ServedApp;
let browser: Browser;
let cookies: Record<keyof typeof signInUsers, string>;

beforeAll(async () => {
  const h = await signInHarness();
  await h.seed();
  cookies = await h.signInEveryone();
  server = await serveForBrowser(h.app.fetch, 'localhost');
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Every console error the page logs. */
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

describe('a refusal in a browser', () => {
  it('an advisor opening the centre overview gets a French page, accessible, with a way home', async () => {
    const { context, page, violations } = await signedInBrowserPage(browser, cookies.advisor);
    const response = await page.goto(`${server.origin}/centre`);
    expect(response?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.locator('h1').textContent()).toBe(refusalMessages.fr.titles[404]);
    expect(await page.locator('main').textContent()).toContain(refusalMessages.fr.notFound);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(violations).toEqual([]);
    await page.locator('main a[href="/"]').click();
    await page.waitForURL(`${server.origin}/`);
    expect(await page.locator('body').textContent()).toContain(signInUsers.advisor.email);
    await context.close();
  });

  it('a signed-out English browser gets the page in English', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const response = await page.goto(`${server.origin}/no-such-page`);
    expect(response?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe(refusalMessages.en.titles[404]);
    await context.close();
  });
});

describe('the favicon', () => {
  it('no page logs an error for it, and Chromium decodes /favicon.ico as a 32×32 icon', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    const errors = consoleErrors(page);
    const policy = watchPolicyViolations(page);
    const icons: number[] = [];
    page.on('response', (res) => {
      if (new URL(res.url()).pathname === '/favicon.ico') icons.push(res.status());
    });
    for (const path of ['/', '/privacy']) {
      expect((await page.goto(`${server.origin}${path}`))?.status()).toBe(200);
    }
    const size = await page.evaluate(async () => {
      const image = new Image();
      image.src = '/favicon.ico';
      await image.decode();
      return [image.naturalWidth, image.naturalHeight];
    });
    expect(size).toEqual([32, 32]);
    expect(icons.every((status) => status === 200)).toBe(true);
    expect(errors).toEqual([]);
    expect(policy).toEqual([]);
    await context.close();
  });
});
