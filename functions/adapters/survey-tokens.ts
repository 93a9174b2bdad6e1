import { createHmac } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import * as z from 'zod/mini';
import { channels, locales, workModes } from '../../shared/roster/index.js';
import type { CustomerResponseContext } from '../services/ports/survey.port.js';
import type { SurveyLinkClaims, SurveyTokens, TokenCheck } from '../services/ports/survey-token.port.js';

/** A customer link's response context, in short names: x interaction, t team, h channel, w week, q quarter, l locale, m work mode. */
const responseSchema = z.object({
  x: z.string(),
  t: z.string(),
  h: z.enum(channels),
  w: z.string(),
  q: z.string(),
  l: z.enum(locales),
  m: z.optional(z.enum(workModes)),
});

const claimsSchema = z.discriminatedUnion('k', [
  z.object({ k: z.literal('c'), i: z.string(), a: z.string(), r: z.optional(responseSchema) }),
  z.object({ k: z.literal('p'), i: z.string(), p: z.string() }),
  z.object({ k: z.literal('u'), c: z.string() }),
]);

function compactResponse(context: CustomerResponseContext): z.output<typeof responseSchema> {
  return {
    x: context.interactionId,
    t: context.teamId,
    h: context.channel,
    w: context.period,
    q: context.quarter,
    l: context.locale,
    ...(context.workMode ? { m: context.workMode } : {}),
  };
}

function expandResponse(r: z.output<typeof responseSchema>): CustomerResponseContext {
  return {
    interactionId: r.x,
    teamId: r.t,
    channel: r.h,
    period: r.w,
    quarter: r.q,
    locale: r.l,
    ...(r.m ? { workMode: r.m } : {}),
  };
}

function compact(claims: SurveyLinkClaims): Record<string, unknown> {
  switch (claims.kind) {
    case 'customer':
      return {
        k: 'c',
        i: claims.invitationId,
        a: claims.advisorId,
        ...(claims.response ? { r: compactResponse(claims.response) } : {}),
      };
    case 'pulse':
      return { k: 'p', i: claims.invitationId, p: claims.period };
    case 'unsubscribe':
      return { k: 'u', c: claims.customerKey };
  }
}

function expand(payload: z.output<typeof claimsSchema>): SurveyLinkClaims {
  if (payload.k === 'c') {
    return {
      kind: 'customer',
      invitationId: payload.i,
      advisorId: payload.a,
      ...(payload.r ? { response: expandResponse(payload.r) } : {}),
    };
  }
  if (payload.k === 'p') return { kind: 'pulse', invitationId: payload.i, period: payload.p };
  return { kind: 'unsubscribe', customerKey: payload.c };
}

/**
 * HS256 JWTs (jose) with short claim names so links stay short. The signing key is derived
 * from APP_SECRET for this one purpose and imported once (not on every check). Any change to a
 * token breaks its signature, and a token without an expiry (`exp`) is invalid even when signed
 * with the real key.
 */
export function jwtSurveyTokens(appSecret: string): SurveyTokens {
  const secret = createHmac('sha256', appSecret).update('duopulse/survey-token/v1').digest();
  let imported: Promise<CryptoKey> | undefined;
  const hmacKey = () => {
    imported ??= crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
      'verify',
    ]);
    return imported;
  };
  return {
    async sign(claims, expiresAt) {
      return new SignJWT(compact(claims))
        .setProtectedHeader({ alg: 'HS256' })
        .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
        .sign(await hmacKey());
    },
    async check(token, now): Promise<TokenCheck> {
      try {
        const { payload } = await jwtVerify(token, await hmacKey(), {
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
