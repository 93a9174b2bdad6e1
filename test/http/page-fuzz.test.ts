import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { signInHarness, signInUsers } from '../support/sign-in-harness.js';

/**
 * Every page route (everything but /api/v1, which api-fuzz covers) with hostile path values and
 * bodies, as each role and signed out: never a 500. Odd input is a 4xx (or the page), nothing else.
 */
let h: Awaited<ReturnType<typeof signInHarness>>;
const cookies: Record<string, string> = {};

const hostile = fc.oneof(
  fc.constantFrom(
    '..',
    '%2e%2e',
    'x'.repeat(5000),
    '\u0000',
    '%00',
    '2026-Q9',
    '0',
    '-1',
    '99999999999999999999',
    '2026-W99',
    '<script>',
    '😀',
    ' ',
    'NaN',
    '1e309',
    '__proto__',
  ),
  fc.string({ maxLength: 40 }),
);

/** Any name, or the names of the list forms' rows (/admin/logics), a row far beyond the lists' caps included. */
const fieldName = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc
    .constantFrom('id', 'kind', 'fr', 'en', 'tags')
    .chain((f) => fc.constantFrom(`tool-0-${f}`, `tool-999-${f}`, `resource-0-${f}`, `resource-41-${f}`)),
);

const bodies = fc.oneof(
  fc.record({
    kind: fc.constant('form' as const),
    fields: fc.dictionary(fieldName, fc.oneof(hostile, fc.string({ maxLength: 60 })), { maxKeys: 5 }),
  }),
  fc.record({ kind: fc.constant('json' as const), text: fc.string({ maxLength: 80 }) }),
  fc.record({
    kind: fc.constant('multipart' as const),
    fields: fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), fc.string({ maxLength: 60 }), {
      maxKeys: 4,
    }),
  }),
  fc.record({ kind: fc.constant('garbage' as const), text: fc.string({ maxLength: 80 }) }),
  fc.record({ kind: fc.constant('broken-multipart' as const), text: fc.string({ maxLength: 80 }) }),
  fc.record({
    kind: fc.constant('broken-form' as const),
    text: fc.constantFrom('%', 'a=%zz', '%E0%A4%A', 'a=1&%'),
  }),
);

function requestBody(
  body: fc.Arbitrary<unknown> extends never
    ? never
    : { kind: string; fields?: Record<string, string>; text?: string },
) {
  if (body.kind === 'form')
    return { body: new URLSearchParams(body.fields).toString(), type: 'application/x-www-form-urlencoded' };
  if (body.kind === 'json') return { body: body.text ?? '', type: 'application/json' };
  if (body.kind === 'multipart') {
    const form = new FormData();
    for (const [k, v] of Object.entries(body.fields ?? {})) form.append(k, v);
    form.append('file', new File([new Uint8Array([1, 2, 3])], 'x.bin'));
    return { body: form, type: undefined };
  }
  if (body.kind === 'broken-multipart')
    return { body: `--zzz\r\n${body.text ?? ''}`, type: 'multipart/form-data; boundary=zzz' };
  if (body.kind === 'broken-form')
    return { body: body.text ?? '', type: 'application/x-www-form-urlencoded' };
  return { body: body.text ?? '', type: 'text/plain' };
}

beforeAll(async () => {
  h = await signInHarness({ now: new Date('2026-04-02T09:00:00Z') });
  await h.seed();
  for (const [name, user] of Object.entries(signInUsers)) cookies[name] = await h.signInAs(user.email);
  cookies.signedOut = '';
});

describe('page routes under odd input', () => {
  it('never answer 500, whoever asks', async () => {
    const routes = h.app.routes
      .filter((r) => r.method !== 'ALL' && !r.path.startsWith('/api/') && !r.path.startsWith('/dev/'))
      .map((r) => ({ method: r.method, path: r.path }));
    const unique = [...new Map(routes.map((r) => [`${r.method} ${r.path}`, r])).values()];
    expect(unique.length).toBeGreaterThan(30);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...unique),
        fc.constantFrom(...Object.keys(cookies)),
        fc.array(hostile, { minLength: 4, maxLength: 4 }),
        bodies,
        async (route, who, values, body) => {
          let i = 0;
          const path = route.path.replace(/:[A-Za-z]+/g, () =>
            encodeURIComponent(values[i++ % values.length] ?? 'x'),
          );
          const { body: sent, type } = requestBody(body);
          // GET pages also get a hostile `month` (the logics page's month selection).
          const query = route.method === 'GET' ? `?month=${encodeURIComponent(values[3] ?? '')}` : '';
          const res = await h.app.request(`http://localhost${path}${query}`, {
            method: route.method,
            headers: {
              'sec-fetch-site': 'same-origin',
              ...(cookies[who] ? { cookie: cookies[who] } : {}),
              ...(type ? { 'content-type': type } : {}),
            },
            ...(route.method === 'GET' ? {} : { body: sent }),
          });
          expect(res.status, `${route.method} ${path} as ${who}`).toBeLessThan(500);
        },
      ),
      { numRuns: 1000 },
    );
  }, 300_000);
});
