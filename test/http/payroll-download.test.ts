import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { signInHarness, signInUsers } from '../support/sign-in-harness.js';

const quarter = '2026-Q1';
const files = `/pay/quarters/${quarter}/revisions/1/files`;
let h: Awaited<ReturnType<typeof signInHarness>>;
const cookies = {} as Record<keyof typeof signInUsers, string>;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function download(kind: string, who: keyof typeof signInUsers = 'payroll') {
  const res = await h.app.request(`http://localhost${files}/${kind}`, {
    headers: { cookie: cookies[who], 'sec-fetch-site': 'same-origin' },
  });
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
}

async function check(content: Uint8Array, name: string, who: keyof typeof signInUsers = 'payroll') {
  const body = new FormData();
  body.append('file', new File([content.slice().buffer as ArrayBuffer], name));
  const res = await h.app.request(`http://localhost/pay/quarters/${quarter}/revisions/1/check`, {
    method: 'POST',
    headers: { cookie: cookies[who], 'sec-fetch-site': 'same-origin' },
    body,
  });
  return { status: res.status, body: await res.text() };
}

beforeAll(async () => {
  h = await signInHarness({ now: new Date('2026-04-02T09:00:00Z') });
  await h.seed();
  await h.publishDefaultPolicy(quarter);
  Object.assign(cookies, await h.signInEveryone());
  const page = `/pay/quarters/${quarter}`;
  expect((await h.request('POST', `${page}/compute`, { cookie: cookies.hr, form: {} })).status).toBe(303);
  expect((await h.request('POST', `${page}/rows/A1/approve`, { cookie: cookies.hr, form: {} })).status).toBe(
    303,
  );
  const override = await h.request('POST', `${page}/rows/B1/override`, {
    cookie: cookies.hr,
    form: { value: '0.95', reason: '=HYPERLINK("http://x")' },
  });
  expect(override.status).toBe(303);
  expect((await h.request('POST', `${page}/close`, { cookie: cookies.hr, form: {} })).status).toBe(303);
});

describe('payroll downloads a closed quarter from its page', () => {
  it('the quarter page links the three files and the check form for payroll', async () => {
    const res = await h.request('GET', `/pay/quarters/${quarter}`, { cookie: cookies.payroll });
    expect(res.status).toBe(200);
    for (const kind of ['csv', 'json', 'manifest']) expect(res.body).toContain(`${files}/${kind}`);
    expect(res.body).toContain(`/pay/quarters/${quarter}/revisions/1/check`);
    expect(res.body).toContain('enctype="multipart/form-data"');
  });

  it('the CSV opens in French Excel, matches the approved figures, and its SHA-256 is the manifest’s', async () => {
    const csv = await download('csv');
    expect(csv.res.status).toBe(200);
    expect(csv.res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.res.headers.get('content-disposition')).toBe(
      `attachment; filename="duopulse-pay-${quarter}-r1.csv"`,
    );
    expect([...csv.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(csv.bytes);
    expect(text).toContain('\r\n');
    const rows = parse(text, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    // No customer answered in this centre: A1 (approved) and their team have no figure, so A1 has
    // no indicator and no line to pay; B1 is paid the override.
    expect(rows.map((r) => r.payrollId)).toEqual(['B1']);
    expect(rows[0]?.status).toBe('overridden');
    const reviewed = await h.deps.closedQuarters?.latestRevision(quarter);
    const b1 = reviewed?.rows.find((r) => r.payrollId === 'B1');
    expect(b1?.indicator).toBe(0.95);
    expect(rows[0]?.indicator).toBe('0,95');
    // The override reason is a hostile formula: it comes out inert.
    expect(text).not.toMatch(/;=HYPERLINK/);
    expect(text).toContain(`'=HYPERLINK`);

    const manifest = await download('manifest');
    expect(manifest.res.status).toBe(200);
    const named = JSON.parse(new TextDecoder().decode(manifest.bytes)) as {
      rowCount: number;
      files: { name: string; sha256: string }[];
    };
    expect(named.rowCount).toBe(1);
    expect(named.files.find((f) => f.name.endsWith('.csv'))?.sha256).toBe(sha256(csv.bytes));
    expect(csv.res.headers.get('x-content-sha256')).toBe(sha256(csv.bytes));
  });

  it('downloading again gives the same bytes; the files are stored under .data/exports and each download is audited', async () => {
    const first = await download('json');
    const again = await download('json', 'hr');
    expect(again.res.status).toBe(200);
    expect(sha256(again.bytes)).toBe(sha256(first.bytes));
    const stored = await h.deps.exportStore?.get(`duopulse-pay-${quarter}-r1.json`);
    expect(stored && sha256(stored)).toBe(sha256(first.bytes));
    const exported = (await h.deps.audit.entries()).filter((e) => e.action === 'pay-export.exported');
    expect(exported.map((e) => e.actor)).toEqual(
      expect.arrayContaining([signInUsers.payroll.email, signInUsers.hr.email]),
    );
  });

  it('the manifest check says which file matches, and a flipped byte does not match', async () => {
    const csv = await download('csv');
    const ok = await check(csv.bytes, 'paie.csv');
    expect(ok.status).toBe(200);
    expect(ok.body).toContain('data-verdict="matches"');
    expect(ok.body).toContain(`duopulse-pay-${quarter}-r1.csv`);

    for (const at of [0, 10, csv.bytes.length - 1]) {
      const flipped = csv.bytes.slice();
      flipped[at] = (flipped[at] ?? 0) ^ 0x01;
      const bad = await check(flipped, 'paie.csv');
      expect(bad.status).toBe(200);
      expect(bad.body).toContain('data-verdict="differs"');
      expect(bad.body).toContain(sha256(flipped));
    }
    const manifest = await download('manifest');
    expect((await check(manifest.bytes, 'm.json')).body).toContain('data-verdict="matches"');
  });

  it('a check without a file is a 400 naming the field in the person’s language; nothing is stored', async () => {
    const before = (await h.deps.audit.entries()).length;
    const body = new FormData();
    body.append('other', 'x');
    const res = await h.app.request(`http://localhost/pay/quarters/${quarter}/revisions/1/check`, {
      method: 'POST',
      headers: { cookie: cookies.payroll, 'sec-fetch-site': 'same-origin' },
      body,
    });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).toContain('Fichier\u00a0: choisissez un fichier');
    expect((await h.deps.audit.entries()).length).toBe(before);
  });

  it('a revision that is not closed, or a bad revision number, is a clear page, not a 500', async () => {
    const missing = await h.request('GET', `/pay/quarters/${quarter}/revisions/2/files/csv`, {
      cookie: cookies.payroll,
    });
    expect(missing.status).toBe(404);
    expect(missing.body).toContain(`Révision\u00a0: ${quarter} n’a pas de révision clôturée 2`);
    const open = await h.request('GET', '/pay/quarters/2026-Q2/revisions/1/files/csv', {
      cookie: cookies.payroll,
    });
    expect(open.status).toBe(404);
    for (const bad of ['0', 'x', '1.5', '99999999999']) {
      const res = await h.request('GET', `/pay/quarters/${quarter}/revisions/${bad}/files/csv`, {
        cookie: cookies.payroll,
      });
      expect(res.status, bad).toBe(400);
      expect(res.body).toContain('Révision\u00a0: un numéro de révision (1, 2, …)');
    }
    const kind = await h.request('GET', `${files}/exe`, { cookie: cookies.payroll });
    expect(kind.status).toBe(404);
  });

  it('managers, advisors and the admin meet the unknown-path 404 and get no byte of the file', async () => {
    const unknown = await h.request('GET', '/no/such/path', { cookie: cookies.manager });
    for (const who of ['manager', 'otherManager', 'advisor', 'otherAdvisor', 'admin'] as const) {
      const res = await download('csv', who);
      expect(res.res.status, who).toBe(404);
      expect(new TextDecoder().decode(res.bytes)).not.toContain('A1');
      const posted = await check(new Uint8Array([1, 2, 3]), 'x', who);
      expect(posted.status, who).toBe(404);
      expect(unknown.status).toBe(404);
    }
  });
});
