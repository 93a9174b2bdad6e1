import { createHmac } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
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

describe('survey token checks (node:crypto HMAC, no algorithm read from the token)', () => {
  const exp = Math.floor(now.getTime() / 1000) + 60;
  const claims = { k: 'p', i: 'inv-1', p: '2026-W10' };
  const signed = (header: Record<string, unknown>, key: Uint8Array = realKey, payload: object = claims) =>
    new SignJWT({ ...payload })
      .setProtectedHeader(header as { alg: string })
      .setExpirationTime(exp)
      .sign(key);

  it('refuses every one-character change of a valid token', async () => {
    const tokens = jwtSurveyTokens(secret);
    const token = await signed({ alg: 'HS256' });
    expect((await tokens.check(token, now)).status).toBe('valid');
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=';
    let changed = 0;
    for (let at = 0; at < token.length; at++) {
      for (const ch of alphabet) {
        if (ch === token[at]) continue;
        const forged = `${token.slice(0, at)}${ch}${token.slice(at + 1)}`;
        expect((await tokens.check(forged, now)).status, forged).toBe('invalid');
        changed++;
      }
    }
    expect(changed).toBe(token.length * (alphabet.length - 1));
    // Appended or removed characters, padding, whitespace.
    for (const forged of [
      `${token}=`,
      `${token}A`,
      token.slice(0, -1),
      ` ${token}`,
      `${token}\n`,
      `${token}.`,
    ]) {
      expect((await tokens.check(forged, now)).status, JSON.stringify(forged)).toBe('invalid');
    }
  });

  it('refuses other headers, other keys and unsigned tokens, even with valid claims', async () => {
    const tokens = jwtSurveyTokens(secret);
    const body = Buffer.from(JSON.stringify({ ...claims, exp })).toString('base64url');
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${body}.`;
    const forged = [
      none,
      `${Buffer.from('{"alg":"HS256"}').toString('base64url')}.${body}.`,
      await signed({ alg: 'HS256', typ: 'JWT' }),
      await signed({ alg: 'HS384' }, new Uint8Array(48).fill(7)),
      await signed(
        { alg: 'HS256' },
        createHmac('sha256', 'another-secret').update('duopulse/survey-token/v1').digest(),
      ),
      await signed({ alg: 'HS256' }, createHmac('sha256', secret).update('duopulse/session/v1').digest()),
      '',
      '..',
      'a.b.c.d',
    ];
    for (const token of forged) expect((await tokens.check(token, now)).status, token).toBe('invalid');
  });

  it('needs a numeric exp and a claims object; expires from the exp second on, as jose does', async () => {
    const tokens = jwtSurveyTokens(secret);
    const header = Buffer.from('{"alg":"HS256"}').toString('base64url');
    const sign = (payload: string) => {
      const body = Buffer.from(payload).toString('base64url');
      const mac = createHmac('sha256', realKey).update(`${header}.${body}`).digest('base64url');
      return `${header}.${body}.${mac}`;
    };
    expect((await tokens.check(sign(JSON.stringify({ ...claims, exp })), now)).status).toBe('valid');
    expect((await tokens.check(sign(JSON.stringify({ ...claims, exp: String(exp) })), now)).status).toBe(
      'invalid',
    );
    expect((await tokens.check(sign(JSON.stringify([claims])), now)).status).toBe('invalid');
    expect((await tokens.check(sign('not json'), now)).status).toBe('invalid');
    expect((await tokens.check(sign('null'), now)).status).toBe('invalid');
    const at = Math.floor(now.getTime() / 1000);
    expect((await tokens.check(sign(JSON.stringify({ ...claims, exp: at + 1 })), now)).status).toBe('valid');
    expect((await tokens.check(sign(JSON.stringify({ ...claims, exp: at })), now)).status).toBe('expired');
    await expect(
      jwtVerify(sign(JSON.stringify({ ...claims, exp: at })), realKey, { currentDate: now }),
    ).rejects.toThrow(errors.JWTExpired);
    await expect(
      jwtVerify(sign(JSON.stringify({ ...claims, exp: at + 1 })), realKey, { currentDate: now }),
    ).resolves.toBeDefined();
  });
});
