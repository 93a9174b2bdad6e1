import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { accentContrast } from '../../shared/brand/brand.schema.js';
import { signInHarness, signInUsers } from '../support/sign-in-harness.js';

let h: Awaited<ReturnType<typeof signInHarness>>;
let admin: string;

/** A 1 × 1 PNG. */
const png = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  ),
);

async function post(
  fields: Record<string, string>,
  logo?: { bytes: Uint8Array; name: string },
  cookie = admin,
) {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  if (logo) body.append('logo', new File([logo.bytes.slice().buffer as ArrayBuffer], logo.name));
  const res = await h.app.request('http://localhost/admin/brand', {
    method: 'POST',
    headers: { cookie, 'sec-fetch-site': 'same-origin' },
    body,
  });
  return { status: res.status, body: await res.text() };
}

async function brandItems() {
  const out = await h.db.clients.doc.send(
    new ScanCommand({
      TableName: h.db.config.MAIN_TABLE_NAME,
      FilterExpression: 'sk = :s',
      ExpressionAttributeValues: { ':s': 'BRAND' },
    }),
  );
  return out.Items ?? [];
}

beforeAll(async () => {
  h = await signInHarness();
  await h.seed();
  admin = await h.signInAs(signInUsers.admin.email);
});

describe('the centre’s brand', () => {
  it('refuses a colour too light to read and a logo that is not an image, naming each field; nothing stored', async () => {
    expect(accentContrast('#ffcc00')).toBeLessThan(4.5);
    const res = await post(
      { displayName: 'Centre Rhône', accentColour: '#ffcc00', replyTo: 'not-an-address' },
      { bytes: new TextEncoder().encode('<svg onload="alert(1)"/>'), name: 'logo.svg' },
    );
    expect(res.status).toBe(400);
    for (const field of ['accentColour', 'logo', 'replyTo'])
      expect(res.body).toContain(`<code>${field}</code>`);
    expect(res.body).toContain('too light a colour');
    expect(await brandItems()).toEqual([]);
  });

  it('an admin sets name, colour, logo and sender; every page shows them and the CSP allows the colour by hash', async () => {
    expect(accentContrast('#7a1f5c')).toBeGreaterThanOrEqual(4.5);
    const saved = await post(
      {
        displayName: 'Centre Rhône',
        accentColour: '#7A1F5C',
        senderName: 'Service clients Rhône',
        replyTo: 'contact@rhone.example',
      },
      { bytes: png, name: 'logo.png' },
    );
    expect(saved.status).toBe(303);
    // The brand is remembered 30 s per app: a fresh app reads it at once.
    const { createApp } = await import('../../functions/http/app.js');
    const app = createApp(h.deps);
    const page = await app.request('http://localhost/', { headers: { cookie: admin } });
    const html = await page.text();
    expect(html).toContain('Centre Rhône');
    expect(html).toMatch(/<img src="\/brand\/logo\?v=[0-9a-f]{12}"/);
    const sheet = ':root{--accent:#7a1f5c;--accent-dark:#5c1745;--brand:#7a1f5c}';
    expect(html).toContain(`<style>${sheet}</style>`);
    const { createHash } = await import('node:crypto');
    const hash = `'sha256-${createHash('sha256').update(sheet, 'utf8').digest('base64')}'`;
    expect(page.headers.get('content-security-policy')).toContain(hash);

    const logo = await app.request('http://localhost/brand/logo');
    expect(logo.headers.get('content-type')).toBe('image/png');
    expect(logo.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await logo.arrayBuffer())).toEqual(png);

    const privacy = await (await app.request('http://localhost/privacy')).text();
    expect(privacy).toContain('Centre Rhône');

    // In AWS the survey pages come from the survey function's own app: the brand is there too.
    const { createSurveyApp } = await import('../../functions/http/survey-app.js');
    if (!h.deps.surveys || !h.deps.pulseSeal) throw new Error('the harness wires surveys');
    const surveyApp = createSurveyApp({ ...h.deps, surveys: h.deps.surveys, pulseSeal: h.deps.pulseSeal });
    const refused = await surveyApp.request('http://localhost/s/c/not-a-token');
    expect(await refused.text()).toContain('Centre Rhône');
    expect(refused.headers.get('content-security-policy')).toContain(hash);
  });

  it('only the admin opens the brand page: others meet the unknown-path 404', async () => {
    const hr = await h.signInAs(signInUsers.hr.email);
    expect((await h.request('GET', '/admin/brand', { cookie: hr })).status).toBe(404);
    expect((await post({ displayName: 'Pirate' }, undefined, hr)).status).toBe(404);
    expect((await brandItems())[0]?.displayName).toBe('Centre Rhône');
  });
});
