import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../functions/services/access/user-admin.service.js';
import { pressureTeamId } from '../../scripts/demo/demo-teams.js';
import {
  type ServedApp,
  seriousAccessibilityViolations,
  serveForBrowser,
} from '../support/browser-server.js';
import { launchChromium, watchPolicyViolations } from '../support/chromium.js';
import { seedDemoTables } from '../support/demo-tables.js';
import { signInHarness } from '../support/sign-in-harness.js';

let server: ServedApp;
let browser: Browser;
const cookies: Record<'fr' | 'en', string> = { fr: '', en: '' };

beforeAll(async () => {
  const h = await signInHarness({ now: new Date('2026-11-30T09:00:00Z') });
  // The default demo seed: LIL-FID's wellbeing falls over the half-year.
  await seedDemoTables(h.db, h.clock.now());
  for (const locale of ['fr', 'en'] as const) {
    const email = `manager.${locale}@centre.example`;
    await addUser(h.deps, { email, role: 'manager', teams: [pressureTeamId], locale });
    cookies[locale] = await h.signInAs(email);
  }
  server = await serveForBrowser(h.app.fetch);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const phone = { width: 375, height: 667 };

describe('the pressure team’s page on a phone (375 × 667)', () => {
  it.each([
    ['fr', 'nettement sous le centre'],
    ['en', 'clearly below the centre'],
  ] as const)(
    'names its wellbeing below the centre within the first screen and stays axe-clean (%s)',
    async (locale, below) => {
      const context = await browser.newContext({
        viewport: phone,
        extraHTTPHeaders: { cookie: cookies[locale] },
      });
      const page = await context.newPage();
      const policyViolations = watchPolicyViolations(page);
      const response = await page.goto(`${server.origin}/teams/${pressureTeamId}`);
      expect(response?.status()).toBe(200);
      const wellbeing = page.locator('.team-summary li[data-measure="wellbeing"]');
      expect(await wellbeing.getAttribute('data-side')).toBe('below');
      expect(await wellbeing.textContent()).toContain(below);
      const box = await wellbeing.boundingBox();
      expect(box).not.toBeNull();
      expect((box?.y ?? Number.POSITIVE_INFINITY) + (box?.height ?? 0)).toBeLessThanOrEqual(phone.height);
      // The first thing to look at is linked and visible on the same screen.
      const firstLook = page.locator('.team-summary [data-looks] a').first();
      const lookBox = await firstLook.boundingBox();
      expect((lookBox?.y ?? Number.POSITIVE_INFINITY) + (lookBox?.height ?? 0)).toBeLessThanOrEqual(
        phone.height,
      );
      // The typed-week form is folded away behind "other period".
      expect(await page.locator('input[name="from"]').isVisible()).toBe(false);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      expect(policyViolations).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await context.close();
    },
  );
});
