import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalExportStore } from '../../functions/adapters/export/local-export-store.js';
import { createApp } from '../../functions/http/app.js';
import type { AppDeps, SignInSetup } from '../../functions/http/app-deps.js';
import { addUser } from '../../functions/services/access/user-admin.service.js';
import type { Clock } from '../../functions/services/ports/clock.port.js';
import { dynamoDeps } from '../../functions/wiring/dynamo.wiring.js';
import { localSignIn } from '../../functions/wiring/sign-in.wiring.js';
import type { UserInput } from '../../shared/access/index.js';
import { defaultPayPolicy } from '../../shared/pay/default-pay-policy.js';
import { advisorSchema, teamSchema } from '../../shared/roster/index.js';
import { advisor, lilleTeam, lyonTeam } from './roster-fixtures.js';
import { createTestDatabase, type TestDatabase } from './test-tables.js';

/** One user of each role, a second manager and a second advisor, on two teams. */
export const signInUsers = {
  admin: { email: 'admin@centre.example', role: 'admin', locale: 'en' },
  hr: { email: 'hr@centre.example', role: 'hr' },
  payroll: { email: 'payroll@centre.example', role: 'payroll' },
  manager: { email: 'claire.martin@centre.example', role: 'manager', teams: ['lyon-1'] },
  advisor: { email: 'a1@centre.example', role: 'advisor', advisorId: 'A1' },
  otherManager: { email: 'lille.manager@centre.example', role: 'manager', teams: ['lille-1'], locale: 'en' },
  otherAdvisor: { email: 'b1@centre.example', role: 'advisor', advisorId: 'B1' },
} as const satisfies Record<string, UserInput>;

export interface PageResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly body: string;
}

/** The sign-in cookie pair `name=value` from a response's Set-Cookie, if it set one. */
export function sessionCookieFrom(headers: Headers): string | undefined {
  const set = headers.getSetCookie().find((c) => c.startsWith('__Host-duopulse-session='));
  const pair = set?.split(';')[0];
  return pair && pair !== '__Host-duopulse-session=' ? pair : undefined;
}

/**
 * The app on fresh tables with the two-team roster and the users above, served as on this
 * machine (loopback peer, /dev/login) unless `signIn` says otherwise.
 */
export async function signInHarness(options: { signIn?: SignInSetup; db?: TestDatabase; now?: Date } = {}) {
  const db = options.db ?? (await createTestDatabase());
  const clock: Clock & { current: Date } = {
    current: options.now ?? new Date('2026-03-02T09:00:00Z'),
    now: () => clock.current,
  };
  const deps: AppDeps = {
    ...dynamoDeps(db.config, db.clients),
    clock,
    devOutboxDir: join(db.config.DATA_DIR, 'outbox'),
    exportStore: new LocalExportStore(await mkdtemp(join(tmpdir(), 'duopulse-exports-'))),
    peerAddress: () => '127.0.0.1',
    signIn: options.signIn ?? localSignIn(),
  };
  const app = createApp(deps);

  async function seed() {
    await deps.roster.upsertTeams([teamSchema.parse(lyonTeam), teamSchema.parse(lilleTeam)]);
    await deps.roster.upsertAdvisors([
      advisorSchema.parse(advisor('A1')),
      advisorSchema.parse(advisor('B1', 'lille-1')),
    ]);
    for (const user of Object.values(signInUsers)) await addUser(deps, user);
  }

  async function request(
    method: string,
    path: string,
    init: {
      cookie?: string | undefined;
      form?: Record<string, string>;
      headers?: Record<string, string>;
    } = {},
  ): Promise<PageResponse> {
    const headers = {
      'sec-fetch-site': 'same-origin',
      ...(init.cookie ? { cookie: init.cookie } : {}),
      ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      ...init.headers,
    };
    const res = await app.request(`http://localhost${path}`, {
      method,
      // A header given as '' is left out (an old browser's POST: Origin without Sec-Fetch-Site).
      headers: Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== '')),
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
    });
    return { status: res.status, headers: res.headers, body: await res.text() };
  }

  /** Signs in through /dev/login and returns the session cookie pair. */
  async function signInAs(email: string): Promise<string> {
    const res = await request('POST', '/dev/login', { form: { email } });
    const cookie = sessionCookieFrom(res.headers);
    if (res.status !== 303 || !cookie)
      throw new Error(`sign-in as ${email} failed: ${res.status} ${res.body}`);
    return cookie;
  }

  /** Stores the default pay policy for `quarter` as version 1, published by hr well before it. */
  async function publishDefaultPolicy(quarter: string) {
    await deps.pay.addPolicyVersion({
      version: 1,
      policy: defaultPayPolicy(quarter),
      savedAt: '2025-12-01T08:00:00Z',
      savedBy: signInUsers.hr.email,
      publishedAt: '2025-12-02T08:00:00Z',
      publishedBy: signInUsers.hr.email,
    });
  }

  /** A session cookie for each of the harness's users, by name. */
  async function signInEveryone(): Promise<Record<keyof typeof signInUsers, string>> {
    const cookies = {} as Record<keyof typeof signInUsers, string>;
    for (const name of Object.keys(signInUsers) as (keyof typeof signInUsers)[])
      cookies[name] = await signInAs(signInUsers[name].email);
    return cookies;
  }

  return { db, deps, app, clock, seed, request, signInAs, publishDefaultPolicy, signInEveryone };
}
