import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalOutboxMailer } from '../../functions/adapters/mail/local-outbox-mailer.js';
import { serveLocally } from '../../functions/http/local.js';
import { lastClosedWeek } from '../../functions/services/publication/publish-pulse.service.js';
import { pulseLinkExpiry } from '../../functions/services/pulse-dispatch.service.js';
import { dynamoDeps } from '../../functions/wiring/dynamo.wiring.js';
import { freePort } from '../../scripts/local/dynamodb-local.js';
import { demoAdvisorOf } from '../../scripts/seed-demo.js';
import { surveyMessages } from '../../shared/i18n/survey-messages.js';
import { pulseWeekAskedAt, pulseWeekLabel } from '../../shared/surveys/pulse-week-label.js';
import { isoWeekOf } from '../../shared/time/period.js';
import { launchChromium, watchPolicyViolations } from '../support/chromium.js';
import { seedDemoTables } from '../support/demo-tables.js';
import { createTestDatabase, type TestDatabase } from '../support/test-tables.js';

// The demo seeded today, as `npm start` seeds it on its first start, served with its outbox.
const now = new Date();
let db: TestDatabase;
let browser: Browser;
let server: ReturnType<typeof serveLocally>;
let base: string;
let seeded: Awaited<ReturnType<typeof seedDemoTables>>;

beforeAll(async () => {
  db = await createTestDatabase();
  const outbox = mkdtempSync(join(tmpdir(), 'duopulse-demo-outbox-'));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = serveLocally({ ...dynamoDeps(db.config, db.clients), devOutboxDir: outbox }, port);
  seeded = await seedDemoTables(db, now, {
    mail: { mailer: new LocalOutboxMailer(outbox, 'barometre@duopulse.example'), publicBaseUrl: base },
  });
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('a freshly seeded demo has its pulse week open', () => {
  it('ends with the week the pulse asks about today, invited and not published; every closed week published', async () => {
    const open = pulseWeekAskedAt(now, isoWeekOf);
    expect(seeded.openWeek).toBe(open);
    expect(seeded.centre.plan.weeks.at(-1)).toBe(open);
    expect(pulseLinkExpiry(open).getTime()).toBeGreaterThan(now.getTime());
    const closed = seeded.centre.plan.weeks.filter((w) => w <= lastClosedWeek(now));
    expect(seeded.publishedWeeks).toEqual(closed);
    expect(seeded.publishedWeeks).not.toContain(open);
    const deps = dynamoDeps(db.config, db.clients);
    expect(await deps.dispatch.pulseWeekPublished(open)).toBe(false);
    const invitations = await deps.dispatch.listPulseInvitationsWithMail(open);
    const advisor = demoAdvisorOf(seeded.history);
    const own = invitations.find((i) => i.advisorId === advisor.payrollId);
    expect(own?.answered).toBeUndefined();
    expect(own?.invitationMail?.status).toBe('sent');
    // Every advisor active that week is invited: the dispatch invited those who had not answered.
    expect(seeded.pulseDispatch.invited).toBeGreaterThan(0);
    expect(invitations.length).toBe(seeded.pulseDispatch.invited + seeded.pulseDispatch.alreadyInvited);
    // Nobody is invited to any week that is published.
    for (const week of seeded.publishedWeeks.slice(-3))
      expect((await deps.dispatch.listPulseInvitationsWithMail(week)).some((i) => i.invitationMail)).toBe(
        false,
      );
  });

  it('the demo advisor opens the pulse email from the outbox, answers and sees the thanks page', async () => {
    const advisor = demoAdvisorOf(seeded.history);
    const messages = surveyMessages(advisor.locale);
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    const violations = watchPolicyViolations(page);
    await page.goto(`${base}/dev/outbox`);
    const row = page.getByRole('row').filter({ hasText: advisor.email });
    await expect(row.count()).resolves.toBe(1);
    await row.getByRole('link').click();
    const text = await page.locator('pre.text').textContent();
    const link = (text ?? '').match(/https?:\/\/\S*\/s\/p\/[^\s?)>\]]+/)?.[0];
    expect(link?.startsWith(`${base}/s/p/`)).toBe(true);

    const opened = await page.goto(link ?? '');
    expect(opened?.status()).toBe(200);
    await expect(page.locator('main').textContent()).resolves.toContain(
      pulseWeekLabel(seeded.openWeek, advisor.locale),
    );
    await page.locator('fieldset').first().locator('label').nth(3).click();
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('button', { name: messages.pulse.submit }).click(),
    ]);
    expect(answer.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      messages.thanks.pulse.heading,
    );
    const invitation = (
      await dynamoDeps(db.config, db.clients).dispatch.listPulseInvitationsWithMail(seeded.openWeek)
    ).find((i) => i.advisorId === advisor.payrollId);
    expect(invitation?.answered).toBe(true);
    expect(violations).toEqual([]);
    await page.close();
  });
});
