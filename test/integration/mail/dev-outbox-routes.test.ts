import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalOutboxMailer } from '../../../functions/adapters/mail/local-outbox-mailer.js';
import { onError } from '../../../functions/http/problem.js';
import { devOutboxRoutes } from '../../../functions/http/routes/dev-outbox.routes.js';
import { renderCustomerSurveyMail } from '../../../web/emails/render-mail.js';

let outboxDir: string;
beforeEach(async () => {
  outboxDir = await mkdtemp(join(tmpdir(), 'duopulse-outbox-'));
});
afterEach(async () => {
  await rm(outboxDir, { recursive: true, force: true });
});

function outboxApp() {
  return new Hono().onError(onError).route('/dev/outbox', devOutboxRoutes(outboxDir));
}

async function sendOne() {
  const mail = await renderCustomerSurveyMail({
    locale: 'en',
    advisorFirstName: 'Marie',
    channel: 'email',
    surveyUrl: 'https://barometre.example.fr/s/token-1',
    unsubscribeUrl: 'https://barometre.example.fr/unsubscribe/u1',
    to: 'camille.martin@example.fr',
  });
  const clock = { now: () => new Date('2026-02-12T09:30:15.042Z') };
  const { messageId } = await new LocalOutboxMailer(outboxDir, 'barometre@example.fr', clock).send(mail);
  return { mail, file: messageId };
}

describe('/dev/outbox', () => {
  it('lists messages with time, recipient and a link to each', async () => {
    const { file } = await sendOne();
    const response = await outboxApp().request('/dev/outbox');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('2026-02-12 09:30:15 UTC');
    expect(html).toContain('camille.martin@example.fr');
    expect(html).toContain(`<a href="/dev/outbox/${file}">How was your conversation with Marie?</a>`);
  });

  it('says so when the outbox is empty', async () => {
    const html = await (await outboxApp().request('/dev/outbox')).text();
    expect(html).toContain('No message yet');
  });

  it('shows one message: headers, HTML in sandboxed frames loaded from its own route, and the plain text', async () => {
    const { file } = await sendOne();
    const response = await outboxApp().request(`/dev/outbox/${file}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('List-Unsubscribe=One-Click');
    expect(html).toContain('sandbox="allow-popups allow-popups-to-escape-sandbox"');
    expect(html).toContain(`src="/dev/outbox/${file}/html"`);
    expect(html).toContain(`href="/dev/outbox/${file}/html"`);
  });

  it('serves the HTML part alone as text/html under a sandboxing policy', async () => {
    const { mail, file } = await sendOne();
    const response = await outboxApp().request(`/dev/outbox/${file}/html`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toMatch(/^sandbox /);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(await response.text()).toBe(mail.html);
  });

  it('answers 404 to names it did not generate, traversal included', async () => {
    await sendOne();
    for (const path of [
      '/dev/outbox/..%2F..%2Fetc%2Fpasswd',
      '/dev/outbox/%2e%2e',
      '/dev/outbox/20260212T093015.042Z-000000000000.eml',
      '/dev/outbox/notes.txt/html',
    ]) {
      const response = await outboxApp().request(path);
      expect(response.status, path).toBe(404);
    }
  });
});
