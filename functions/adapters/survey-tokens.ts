import { createHmac, timingSafeEqual } from 'node:crypto';
import { SignJWT } from 'jose';
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

/** The only protected header this product signs (`{"alg":"HS256"}`), as it appears in a token. */
const signedHeader = Buffer.from(JSON.stringify({ alg: 'HS256' })).toString('base64url');

/**
 * The payload of a compact HS256 JWS signed with `secret`, or undefined. Only the exact header
 * the product signs is accepted (no algorithm is ever read from the token), and the signature
 * must be the canonical base64url of the HMAC, compared in constant time: no other spelling of
 * a signed token passes.
 */
function verifiedPayload(token: string, secret: Buffer): unknown {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const [header, payload, signature] = parts as [string, string, string];
  if (header !== signedHeader) return undefined;
  const expected = Buffer.from(
    createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url'),
  );
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

/**
 * HS256 JWTs with short claim names so links stay short. The signing key is derived from
 * APP_SECRET for this one purpose. jose signs (the key imported once); a link is checked with node:crypto's HMAC,
 * synchronously (WebCrypto's asynchronous verify cost about 0.4 ms of CPU on every recorded
 * response). Any change to a token breaks its signature, and a token without an expiry (`exp`)
 * is invalid even when signed with the real key; a token is expired from its `exp` second on.
 */
export function jwtSurveyTokens(appSecret: string): SurveyTokens {
  const secret = createHmac('sha256', appSecret).update('duopulse/survey-token/v1').digest();
  let imported: Promise<CryptoKey> | undefined;
  const signingKey = () => {
    imported ??= crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    return imported;
  };
  return {
    async sign(claims, expiresAt) {
      return new SignJWT(compact(claims))
        .setProtectedHeader({ alg: 'HS256' })
        .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
        .sign(await signingKey());
    },
    async check(token, now): Promise<TokenCheck> {
      const payload = verifiedPayload(token, secret);
      if (typeof payload !== 'object' || payload === null) return { status: 'invalid' };
      const exp = (payload as { exp?: unknown }).exp;
      if (typeof exp !== 'number' || !Number.isFinite(exp)) return { status: 'invalid' };
      if (exp <= Math.floor(now.getTime() / 1000)) return { status: 'expired' };
      const parsed = claimsSchema.safeParse(payload);
      return parsed.success ? { status: 'valid', claims: expand(parsed.data) } : { status: 'invalid' };
    },
  };
}
