import { createHmac } from 'node:crypto';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { jwtSurveyTokens } from '../../../functions/adapters/survey-tokens.js';

const secret = 'unit-secret-unit-secret-unit-secret-0123';
const now = new Date('2026-03-02T08:00:00Z');
/** The key jwtSurveyTokens derives from the secret: an attacker who holds it signs what they like. */
const realKey = createHmac('sha256', secret).update('duopulse/survey-token/v1').digest();

describe('survey tokens', () => {
  it('accepts a token it signed, until it expires', async () => {
    const tokens = jwtSurveyTokens(secret);
    const claims = { kind: 'pulse', invitationId: 'inv-1', period: '2026-W10' } as const;
    const token = await tokens.sign(claims, new Date(now.getTime() + 3_600_000));
    expect(await tokens.check(token, now)).toEqual({ status: 'valid', claims });
    expect(await tokens.check(token, new Date(now.getTime() + 7_200_000))).toEqual({ status: 'expired' });
  });

  it('refuses a token signed with the real key but carrying no exp', async () => {
    const forever = await new SignJWT({ k: 'p', i: 'inv-1', p: '2026-W10' })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(realKey);
    expect(await jwtSurveyTokens(secret).check(forever, now)).toEqual({ status: 'invalid' });
    const withExp = await new SignJWT({ k: 'p', i: 'inv-1', p: '2026-W10' })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime(Math.floor(now.getTime() / 1000) + 60)
      .sign(realKey);
    expect((await jwtSurveyTokens(secret).check(withExp, now)).status).toBe('valid');
  });
});

describe('customer survey tokens', () => {
  it('carry the response context when given, and read without it from links that have none', async () => {
    const tokens = jwtSurveyTokens(secret);
    const expires = new Date(now.getTime() + 3_600_000);
    const response = {
      interactionId: 'call-42',
      teamId: 'lyon-1',
      channel: 'chat',
      workMode: 'remote',
      period: '2026-W10',
      quarter: '2026-Q1',
      locale: 'en',
    } as const;
    const withContext = { kind: 'customer', invitationId: 'inv-1', advisorId: 'P1', response } as const;
    expect(await tokens.check(await tokens.sign(withContext, expires), now)).toEqual({
      status: 'valid',
      claims: withContext,
    });
    const older = { kind: 'customer', invitationId: 'inv-1', advisorId: 'P1' } as const;
    expect(await tokens.check(await tokens.sign(older, expires), now)).toEqual({
      status: 'valid',
      claims: older,
    });
  });

  it('refuses a context that is not a channel, locale or work mode, even when signed with the real key', async () => {
    const exp = Math.floor(now.getTime() / 1000) + 60;
    const bad = await new SignJWT({
      k: 'c',
      i: 'inv-1',
      a: 'P1',
      r: { x: 'call-42', t: 'lyon-1', h: 'fax', w: '2026-W10', q: '2026-Q1', l: 'fr' },
    })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime(exp)
      .sign(realKey);
    expect(await jwtSurveyTokens(secret).check(bad, now)).toEqual({ status: 'invalid' });
  });
});
