import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalOutboxMailer } from '../../functions/adapters/mail/local-outbox-mailer.js';
import { createApp } from '../../functions/http/app.js';
import { serveLocally } from '../../functions/http/local.js';
import { createSurveyApp } from '../../functions/http/survey-app.js';
import { dispatchCustomerSurveys } from '../../functions/services/customer-dispatch.service.js';
import { freePort } from '../../scripts/local/dynamodb-local.js';
import { interaction } from '../support/roster-fixtures.js';
import { linkIn, type SurveyHarness, surveyHarness } from '../support/survey-harness.js';

let h: SurveyHarness;
let outboxDir: string;
let app: ReturnType<typeof createApp>;
let outboxFile: string;
const links: { survey: string; unsubscribe: string }[] = [];

type Peer = string | undefined;
let peer: Peer = '127.0.0.1';

beforeAll(async () => {
  h = await surveyHarness();
  outboxDir = mkdtempSync(join(tmpdir(), 'duopulse-outbox-'));
  app = createApp({ ...h.deps, devOutboxDir: outboxDir, peerAddress: () => peer });
  const now = h.clock.now();
  await h.record([
    interaction('csp-1', 'P1', now, 60),
    interaction('csp-2', 'P2', now, 60),
    interaction('csp-3', 'P3', now, 60),
  ]);
  expect((await dispatchCustomerSurveys(h.dispatchDeps)).sent).toBe(3);
  for (const mail of h.mailer.sent) {
    links.push({ survey: linkIn(mail, '/s/c/'), unsubscribe: linkIn(mail, '/u/') });
  }
  const [first] = h.mailer.sent;
  if (!first) throw new Error('no mail');
  outboxFile = (await new LocalOutboxMailer(outboxDir, 'barometre@duopulse.example').send(first)).messageId;
});

afterAll(() => {
  peer = '127.0.0.1';
});

function directives(policy: string | null): Map<string, string[]> {
  return new Map(
    (policy ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name as string, values]),
  );
}

function inlineStyleHashes(html: string): string[] {
  return [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    (m) =>
      `'sha256-${createHash('sha256')
        .update(m[1] ?? '', 'utf8')
        .digest('base64')}'`,
  );
}

/** The checks every HTML page must pass: a strict CSP that still allows its own stylesheets. */
async function expectStrictPage(response: Response, label: string) {
  expect(response.headers.get('content-type'), label).toMatch(/^text\/html/);
  const html = await response.text();
  const csp = directives(response.headers.get('content-security-policy'));
  expect(csp.get('default-src'), label).toEqual(["'none'"]);
  expect(csp.get('script-src'), label).toEqual(["'self'"]);
  expect(csp.get('frame-ancestors'), label).toEqual(["'none'"]);
  expect(csp.get('base-uri'), label).toEqual(["'none'"]);
  expect(csp.get('form-action'), label).toEqual(["'self'"]);
  expect(response.headers.get('content-security-policy'), label).not.toMatch(/unsafe-inline|unsafe-eval/);
  const hashes = inlineStyleHashes(html);
  expect(hashes.length, label).toBeGreaterThan(0);
  for (const hash of hashes) expect(csp.get('style-src'), label).toContain(hash);
  expect(html, label).not.toMatch(/<script|\son[a-z]+=|\sstyle=/i);
  expect(response.headers.get('x-frame-options'), label).toBe('SAMEORIGIN');
  // Survey links carry tokens: never a Referer; signed-in pages send one to this origin only.
  expect(['no-referrer', 'same-origin'], label).toContain(response.headers.get('referrer-policy'));
  return html;
}

describe('every page carries a strict Content-Security-Policy', () => {
  it('home, local outbox and a message', async () => {
    for (const path of ['/', '/dev/outbox', `/dev/outbox/${outboxFile}`]) {
      const response = await app.request(path);
      expect(response.status, path).toBe(200);
      await expectStrictPage(response, path);
    }
  });

  it('the API reference: its own policy, scripts from this origin and its start-up script by hash only', async () => {
    const response = await app.request('/api/v1/docs');
    expect(response.status).toBe(200);
    const html = await response.text();
    const policy = response.headers.get('content-security-policy') ?? '';
    const csp = directives(policy);
    const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
      (m) =>
        `'sha256-${createHash('sha256')
          .update(m[1] ?? '', 'utf8')
          .digest('base64')}'`,
    );
    expect(inlineScripts).toHaveLength(1);
    expect(csp.get('script-src')).toEqual(["'self'", ...inlineScripts]);
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy).not.toMatch(/unsafe-eval|https?:/);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain('<script src="/api/v1/docs/scalar.js">');
    const bundle = await app.request('/api/v1/docs/scalar.js');
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('survey, unsubscribe and link-problem pages, from the app and from the survey function', async () => {
    const { survey, unsubscribe } = links[0] ?? { survey: '', unsubscribe: '' };
    const { surveys, pulseSeal } = h.deps;
    if (!surveys || !pulseSeal) throw new Error('the harness wires survey recording');
    const surveyApp = createSurveyApp({ ...h.deps, surveys, pulseSeal });
    for (const served of [app, surveyApp]) {
      for (const [path, status] of [
        [survey, 200],
        [`${survey.split('?')[0]}?score=9`, 200],
        [unsubscribe, 200],
        ['/s/c/not-a-token', 401],
      ] as const) {
        const response = await served.request(path);
        expect(response.status, path).toBe(status);
        await expectStrictPage(response, path);
      }
    }
  });

  it('the email preview keeps its own sandboxing policy, framed only by the outbox page', async () => {
    const response = await app.request(`/dev/outbox/${outboxFile}/html`);
    const csp = directives(response.headers.get('content-security-policy'));
    expect(csp.get('sandbox')).toEqual(['allow-popups', 'allow-popups-to-escape-sandbox']);
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'self'"]);
  });

  it('JSON answers carry the same headers', async () => {
    const response = await app.request('/health');
    expect(directives(response.headers.get('content-security-policy')).get('frame-ancestors')).toEqual([
      "'none'",
    ]);
  });
});

function postForm(path: string, form: Record<string, string>, headers: Record<string, string>) {
  return app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form).toString(),
  });
}

describe('state-changing requests from another site are refused', () => {
  const answer = { satisfaction: '9', recommendation: '9', resolved: 'yes' };

  it('a survey answer posted from another site gets a 403 page in the browser language; nothing is recorded', async () => {
    const { survey } = links[0] ?? { survey: '' };
    const path = survey.split('?')[0] ?? '';
    const fr = await postForm(path, answer, {
      'sec-fetch-site': 'cross-site',
      origin: 'https://evil.example',
    });
    expect(fr.status).toBe(403);
    const frHtml = await expectStrictPage(fr, 'fr 403');
    expect(frHtml).toContain('lang="fr"');
    expect(frHtml).toContain('Envoi refusé');

    const en = await postForm(path, answer, {
      origin: 'https://evil.example',
      'accept-language': 'en-GB,en',
    });
    expect(en.status).toBe(403);
    const enHtml = await en.text();
    expect(enHtml).toContain('lang="en"');
    expect(enHtml).toContain('Sending refused');

    for (const site of ['same-site', 'cross-site']) {
      expect((await postForm(path, answer, { 'sec-fetch-site': site })).status, site).toBe(403);
    }
    expect((await postForm(path, answer, { 'sec-fetch-site': 'cross-site', origin: 'null' })).status).toBe(
      403,
    );

    // The link still works from its own page (which sends no referrer, so Origin is "null"):
    // the refused posts recorded nothing.
    const own = await postForm(path, answer, { 'sec-fetch-site': 'same-origin', origin: 'null' });
    expect(own.status).toBe(200);
    expect(await own.text()).toContain('Merci');
  });

  it('without Fetch Metadata, an Origin naming this origin passes and another one is refused', async () => {
    const { survey } = links[1] ?? { survey: '' };
    const path = survey.split('?')[0] ?? '';
    expect((await postForm(path, {}, { origin: 'https://evil.example' })).status).toBe(403);
    // Reaches the form validation: an empty answer is a 400 page, not a 403.
    expect((await postForm(path, {}, { origin: 'http://localhost' })).status).toBe(400);
  });

  it('an unsubscribe posted from another site is refused and the address stays subscribed', async () => {
    const { unsubscribe, survey } = links[1] ?? { unsubscribe: '', survey: '' };
    const refused = await postForm(unsubscribe, {}, { 'sec-fetch-site': 'cross-site' });
    expect(refused.status).toBe(403);
    // Still subscribed: the survey link of the same contact still opens.
    expect((await app.request(survey)).status).toBe(200);
  });

  it('a one-click unsubscribe from a mail provider (RFC 8058: no Origin, no Sec-Fetch-Site) works', async () => {
    const { unsubscribe } = links[2] ?? { unsubscribe: '' };
    const response = await postForm(unsubscribe, { 'List-Unsubscribe': 'One-Click' }, {});
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/désinscri|unsubscribed/i);
  });

  it('the integration API is not a form target and keeps its own authentication', async () => {
    const response = await app.request('/api/v1/teams', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: '{}',
    });
    expect(response.status).toBe(401);
  });
});

describe('/dev answers only on loopback', () => {
  it.each([
    ['127.0.0.1', 200],
    ['127.0.0.53', 200],
    ['::1', 200],
    ['::ffff:127.0.0.1', 200],
    ['192.168.1.20', 404],
    ['10.0.0.5', 404],
    ['2001:db8::1', 404],
    ['::ffff:203.0.113.9', 404],
    [undefined, 404],
  ] as const)('a peer at %s gets %s', async (address, status) => {
    peer = address;
    try {
      for (const path of ['/dev/outbox', `/dev/outbox/${outboxFile}`, `/dev/outbox/${outboxFile}/html`]) {
        const response = await app.request(path, { headers: { 'x-forwarded-for': '127.0.0.1' } });
        expect(response.status, `${path} from ${address}`).toBe(status);
      }
    } finally {
      peer = '127.0.0.1';
    }
  });

  it('the local server listens on 127.0.0.1 by default, and reads the real peer of each connection', async () => {
    const port = await freePort();
    const server = serveLocally({ ...h.deps, devOutboxDir: outboxDir }, port);
    try {
      await new Promise((resolve) => server.once('listening', resolve));
      const address = server.address();
      expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
      const response = await fetch(`http://127.0.0.1:${port}/dev/outbox`);
      expect(response.status).toBe(200);
    } finally {
      server.close();
    }
  });
});
