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
