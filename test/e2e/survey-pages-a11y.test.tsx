import { existsSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { type ServerType, serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refuseCrossSiteRequests } from '../../functions/http/middleware/cross-site-guard.js';
import { pageSecurityHeaders } from '../../functions/http/middleware/page-security.js';
import { surveyFollowUpMessages } from '../../shared/i18n/survey-follow-up-messages.js';
import { surveyMessages } from '../../shared/i18n/survey-messages.js';
import { plantedTools } from '../../shared/logics/plant-logics.js';
import { waysOfWorkingModule } from '../../shared/logics/ways-of-working-module.js';
import type { Locale } from '../../shared/roster/index.js';
import { type PulseItem, pulseBank } from '../../shared/surveys/pulse-bank.js';
import { CustomerSurveyPage } from '../../web/pages/survey/customer-survey.page.js';
import { CustomerThanksPage } from '../../web/pages/survey/customer-thanks.page.js';
import { PulseSurveyPage } from '../../web/pages/survey/pulse-survey.page.js';
import { SurveyAlreadyRecordedPage } from '../../web/pages/survey/survey-already-recorded.page.js';
import { SurveyExpiredPage } from '../../web/pages/survey/survey-expired.page.js';
import { SurveyInvalidLinkPage } from '../../web/pages/survey/survey-invalid-link.page.js';
import { SurveyThanksPage } from '../../web/pages/survey/survey-thanks.page.js';
import { UnsubscribeConfirmPage } from '../../web/pages/survey/unsubscribe-confirm.page.js';
import { UnsubscribedPage } from '../../web/pages/survey/unsubscribed.page.js';
import { launchChromium } from '../support/chromium.js';

const phone = { width: 375, height: 667 };
const locales = ['fr', 'en'] as const;

const pulseItems: PulseItem[] = [
  'wellbeing-week',
  'tools-knowledge',
  'workload-manageable',
  'recognition',
  'enps',
].map((id) => {
  const item = pulseBank.find((i) => i.id === id);
  if (!item) throw new Error(`no pulse item ${id}`);
  return item;
});

function localeOf(value: string): Locale {
  return value === 'en' ? 'en' : 'fr';
}

/**
 * The survey pages as the product's routes would serve them (with the product's security headers
 * and cross-site guard), plus an echo of posted forms.
 */
function surveyPagesApp(): Hono {
  const app = new Hono();
  app.use(pageSecurityHeaders());
  app.use(refuseCrossSiteRequests());
  app.get('/customer/:locale', (c) => {
    const locale = localeOf(c.req.param('locale'));
    const m = surveyMessages(locale);
    const score = c.req.query('score');
    const withErrors = c.req.query('errors') === '1';
    return c.html(
      <CustomerSurveyPage
        locale={locale}
        advisorFirstName="Marie"
        channel="phone"
        action="/echo"
        preselectedScore={score === undefined ? undefined : Number(score)}
        values={
          withErrors
            ? { recommendation: '8', resolved: 'yes', effort: '12', comment: 'x'.repeat(2001) }
            : undefined
        }
        errors={
          withErrors
            ? [
                { path: 'satisfaction', message: m.errors.customer.satisfaction },
                { path: 'effort', message: m.errors.customer.effort },
                { path: 'comment', message: m.errors.customer.comment },
              ]
            : undefined
        }
      />,
      withErrors ? 422 : 200,
    );
  });
  app.get('/pulse/:locale', (c) => {
    const locale = localeOf(c.req.param('locale'));
    const m = surveyMessages(locale);
    const withErrors = c.req.query('errors') === '1';
    return c.html(
      <PulseSurveyPage
        locale={locale}
        periodLabel={locale === 'fr' ? 'semaine du 16 février 2026' : 'week of 16 February 2026'}
        items={pulseItems}
        action="/echo"
        values={withErrors ? { 'wellbeing-week': '4' } : undefined}
        errors={
          withErrors ? [{ path: 'tools-knowledge', message: m.errors.pulseOutOfRange(1, 5) }] : undefined
        }
      />,
      withErrors ? 422 : 200,
    );
  });
  // The monthly module's week: wellbeing, then the ways-of-working items and the tool ratings.
  app.get('/pulse-module/:locale', (c) => {
    const locale = localeOf(c.req.param('locale'));
    const m = surveyMessages(locale);
    const withErrors = c.req.query('errors') === '1';
    return c.html(
      <PulseSurveyPage
        locale={locale}
        periodLabel={locale === 'fr' ? 'semaine du 2 novembre 2026' : 'week of 2 November 2026'}
        items={pulseItems.slice(0, 1)}
        waysOfWorking={waysOfWorkingModule(plantedTools)}
        action="/echo"
        values={withErrors ? { 'wellbeing-week': '4', 'rely-colleagues': '5' } : undefined}
        errors={withErrors ? [{ path: 'frame-freedom', message: m.errors.pulseOutOfRange(1, 5) }] : undefined}
      />,
      withErrors ? 422 : 200,
    );
  });
  app.get('/thanks/:locale/customer', (c) =>
    c.html(<SurveyThanksPage locale={localeOf(c.req.param('locale'))} kind="customer" />),
  );
  app.get('/thanks/:locale/pulse', (c) =>
    c.html(<SurveyThanksPage locale={localeOf(c.req.param('locale'))} kind="pulse" />),
  );
  app.get('/thanks/:locale/customer-low', (c) => {
    const locale = localeOf(c.req.param('locale'));
    const withErrors = c.req.query('errors') === '1';
    const errors = surveyFollowUpMessages(locale).errors;
    return c.html(
      <CustomerThanksPage
        locale={locale}
        score={3}
        callbackAction="/echo"
        values={withErrors ? { contact: 'demain' } : undefined}
        errors={
          withErrors
            ? [
                { path: 'contact', message: errors.contact },
                { path: 'consent', message: errors.consent },
              ]
            : undefined
        }
      />,
      withErrors ? 400 : 200,
    );
  });
  app.get('/thanks/:locale/customer-high', (c) =>
    c.html(
      <CustomerThanksPage
        locale={localeOf(c.req.param('locale'))}
        score={10}
        link={{ url: 'https://avis.example.com/centre', label: { fr: 'Donner votre avis', en: 'Review us' } }}
      />,
    ),
  );
  app.get('/already-recorded/:locale', (c) =>
    c.html(<SurveyAlreadyRecordedPage locale={localeOf(c.req.param('locale'))} />, 409),
  );
  app.get('/expired/:locale', (c) =>
    c.html(<SurveyExpiredPage locale={localeOf(c.req.param('locale'))} />, 410),
  );
  app.get('/invalid-link/:locale', (c) =>
    c.html(<SurveyInvalidLinkPage locale={localeOf(c.req.param('locale'))} />, 401),
  );
  app.get('/unsubscribe/:locale', (c) =>
    c.html(<UnsubscribeConfirmPage locale={localeOf(c.req.param('locale'))} action="/echo" />),
  );
  app.get('/unsubscribed/:locale', (c) =>
    c.html(<UnsubscribedPage locale={localeOf(c.req.param('locale'))} />),
  );
  app.post('/echo', async (c) => c.json(Object.fromEntries(new URLSearchParams(await c.req.text()))));
  return app;
}

const pagePaths = [
  '/customer/{locale}',
  '/customer/{locale}?score=7',
  '/customer/{locale}?score=0&errors=1',
  '/pulse/{locale}',
  '/pulse/{locale}?errors=1',
  '/pulse-module/{locale}',
  '/pulse-module/{locale}?errors=1',
  '/thanks/{locale}/customer',
  '/thanks/{locale}/customer-low',
  '/thanks/{locale}/customer-low?errors=1',
  '/thanks/{locale}/customer-high',
  '/thanks/{locale}/pulse',
  '/already-recorded/{locale}',
  '/expired/{locale}',
  '/invalid-link/{locale}',
  '/unsubscribe/{locale}',
  '/unsubscribed/{locale}',
];

let server: ServerType;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  const port = await new Promise<number>((resolve) => {
    server = serve({ fetch: surveyPagesApp().fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
      resolve(info.port),
    );
  });
  origin = `http://127.0.0.1:${port}`;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** Collects what the browser reports as refused by the Content-Security-Policy. */
function watchPolicyViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

async function openPage(path: string, viewport = phone): Promise<{ page: Page; status: number | undefined }> {
  const context = await browser.newContext({ viewport, javaScriptEnabled: false });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const violations = watchPolicyViolations(page);
  const response = await page.goto(`${origin}${path}`);
  expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
  expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(violations).toEqual([]);
  return { page, status: response?.status() };
}

/** axe needs script in the page; the pages themselves are checked with script off elsewhere. */
async function openForAxe(path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: phone });
  const page = await context.newPage();
  const violations = watchPolicyViolations(page);
  const response = await page.goto(`${origin}${path}`);
  expect(response?.headers()['content-security-policy']).toContain("style-src 'sha256-");
  expect(violations).toEqual([]);
  return page;
}

describe.each(locales)('survey pages on a phone (%s)', (locale) => {
  it.each(pagePaths)('%s has no serious or critical accessibility violation', async (template) => {
    const page = await openForAxe(template.replace('{locale}', locale));
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
    expect(serious).toEqual([]);
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    expect(await page.locator('main').count()).toBe(1);
    expect(await page.locator('h1').count()).toBe(1);
    await page.context().close();
  });

  it.each(pagePaths)(
    '%s fits 320 px without sideways scrolling and fetches nothing elsewhere',
    async (template) => {
      const { page } = await openPage(template.replace('{locale}', locale), { width: 320, height: 568 });
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(widths.scroll).toBeLessThanOrEqual(widths.client);
      await page.context().close();
    },
  );

  it('applies its stylesheet under the CSP (allowed by hash, no inline exception)', async () => {
    const page = await openForAxe(`/customer/${locale}`);
    const applied = await page.evaluate(() => ({
      mainWidth: getComputedStyle(document.querySelector('main') as Element).maxWidth,
      bodyMargin: getComputedStyle(document.body).margin,
    }));
    expect(applied).toEqual({ mainWidth: '576px', bodyMargin: '0px' });
    await page.context().close();
  });

  it('shows the clicked score 7 selected, and only that one, with script off', async () => {
    const { page, status } = await openPage(`/customer/${locale}?score=7`);
    expect(status).toBe(200);
    expect(await page.isChecked('#satisfaction-7')).toBe(true);
    expect(await page.locator('input:checked').count()).toBe(1);
    await page.context().close();
  });

  it('reaches the score, its confirm button, every optional question and then the last button with Tab, with a visible focus ring', async () => {
    const { page } = await openPage(`/customer/${locale}?score=7`);
    const visited: string[] = [];
    for (let press = 0; press < 20; press++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el) return { id: '', outline: '' };
        const ring = el instanceof HTMLInputElement && el.type === 'radio' ? el.nextElementSibling : el;
        const style = ring ? getComputedStyle(ring) : undefined;
        return {
          id: el.id || `${el.tagName.toLowerCase()}[type=${el.getAttribute('type')}]`,
          outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
        };
      });
      visited.push(focused.id);
      expect(focused.outline, focused.id).toBe('solid 3px');
      if (focused.id === 'send-all') break;
    }
    expect(visited).toEqual([
      'satisfaction-7',
      'confirm-score',
      'recommendation-0',
      'resolved-yes',
      'effort-1',
      'comment',
      'send-all',
    ]);
    await page.context().close();
  });

  it('changes the score with the arrow keys and posts the answers without script', async () => {
    const { page } = await openPage(`/customer/${locale}?score=7`);
    await page.focus('#satisfaction-7');
    await page.keyboard.press('ArrowRight');
    expect(await page.isChecked('#satisfaction-8')).toBe(true);
    await page.click('label[for="resolved-no"]');
    await page.click('label[for="effort-2"]');
    await page.fill('#comment', 'Très clair, merci.');
    await Promise.all([page.waitForURL(`${origin}/echo`), page.click('#send-all')]);
    expect(JSON.parse((await page.textContent('body')) ?? '')).toEqual({
      satisfaction: '8',
      resolved: 'no',
      effort: '2',
      comment: 'Très clair, merci.',
    });
    await page.context().close();
  });

  it('gives every answer button at least 44 px of height and 30 px of width at 320 px', async () => {
    const { page } = await openPage(`/customer/${locale}`, { width: 320, height: 568 });
    const boxes = await page.locator('.option label').evaluateAll((labels) =>
      labels.map((l) => {
        const r = l.getBoundingClientRect();
        return { width: r.width, height: r.height };
      }),
    );
    expect(boxes).toHaveLength(11 + 11 + 2 + 7);
    for (const box of boxes) {
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(30);
    }
    await page.context().close();
  });

  it('links each error in the summary to its field, and serves 410 and 401 pages as such', async () => {
    const { page, status } = await openPage(`/customer/${locale}?errors=1`);
    expect(status).toBe(422);
    expect(
      await page.locator('[role=alert] a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    ).toEqual(['#satisfaction-0', '#effort-1', '#comment']);
    await page.click('[role=alert] a[href="#comment"]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('comment');
    await page.context().close();
    expect((await openPage(`/expired/${locale}`)).status).toBe(410);
    expect((await openPage(`/invalid-link/${locale}`)).status).toBe(401);
  });
});

it('looks right on a 375 px phone (screenshot for review)', async () => {
  const { page } = await openPage('/customer/fr?score=7');
  await page.screenshot({ path: '/tmp/customer-survey.png', fullPage: true });
  const { page: pulse } = await openPage('/pulse/fr?errors=1');
  await pulse.screenshot({ path: '/tmp/pulse-survey.png', fullPage: true });
  expect(existsSync('/tmp/customer-survey.png')).toBe(true);
  await page.context().close();
  await pulse.context().close();
});
