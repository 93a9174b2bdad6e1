import { createHmac } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import * as z from 'zod/mini';
import type { SurveyLinkClaims, SurveyTokens, TokenCheck } from '../services/ports/survey-token.port.js';

const claimsSchema = z.discriminatedUnion('k', [
  z.object({ k: z.literal('c'), i: z.string(), a: z.string() }),
  z.object({ k: z.literal('p'), i: z.string(), p: z.string() }),
  z.object({ k: z.literal('u'), c: z.string() }),
]);

function compact(claims: SurveyLinkClaims): Record<string, string> {
  switch (claims.kind) {
    case 'customer':
      return { k: 'c', i: claims.invitationId, a: claims.advisorId };
    case 'pulse':
      return { k: 'p', i: claims.invitationId, p: claims.period };
    case 'unsubscribe':
      return { k: 'u', c: claims.customerKey };
  }
}

function expand(payload: z.output<typeof claimsSchema>): SurveyLinkClaims {
  if (payload.k === 'c') return { kind: 'customer', invitationId: payload.i, advisorId: payload.a };
  if (payload.k === 'p') return { kind: 'pulse', invitationId: payload.i, period: payload.p };
  return { kind: 'unsubscribe', customerKey: payload.c };
}

/**
 * HS256 JWTs (jose) with short claim names so links stay short. The signing key is derived
 * from APP_SECRET for this one purpose. Any change to a token breaks its signature, and a token
 * without an expiry (`exp`) is invalid even when signed with the real key.
 */
export function jwtSurveyTokens(appSecret: string): SurveyTokens {
  const key = createHmac('sha256', appSecret).update('duopulse/survey-token/v1').digest();
  return {
    async sign(claims, expiresAt) {
      return new SignJWT(compact(claims))
        .setProtectedHeader({ alg: 'HS256' })
        .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
        .sign(key);
    },
    async check(token, now): Promise<TokenCheck> {
      try {
        const { payload } = await jwtVerify(token, key, {
          algorithms: ['HS256'],
          currentDate: now,
          requiredClaims: ['exp'],
        });
        const parsed = claimsSchema.safeParse(payload);
        return parsed.success ? { status: 'valid', claims: expand(parsed.data) } : { status: 'invalid' };
      } catch (error) {
        return error instanceof errors.JWTExpired ? { status: 'expired' } : { status: 'invalid' };
      }
    },
  };
}
