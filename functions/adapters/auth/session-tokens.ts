import { createHmac } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import * as z from 'zod/mini';
import type { SessionTokens } from '../../services/access/session.port.js';

const audience = 'duopulse-session';
const payloadSchema = z.object({ sid: z.string().check(z.minLength(16)), iss: z.string(), exp: z.number() });

/**
 * Session cookies as HS256 JWTs (jose): the session id, the issuer that vouched for the person
 * and the expiry. The key is derived from APP_SECRET for this one purpose, so a survey token
 * can never pass for a session, and any change (an issuer rewritten) breaks the signature.
 */
export function jwtSessionTokens(appSecret: string): SessionTokens {
  const key = createHmac('sha256', appSecret).update('duopulse/session/v1').digest();
  return {
    sign({ sessionId, issuer, expiresAt }) {
      return new SignJWT({ sid: sessionId })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
        .sign(key);
    },
    async verify(token, now) {
      try {
        const { payload } = await jwtVerify(token, key, {
          algorithms: ['HS256'],
          audience,
          currentDate: now,
          requiredClaims: ['exp', 'iss', 'sid'],
        });
        const parsed = payloadSchema.safeParse(payload);
        if (!parsed.success) return undefined;
        return {
          sessionId: parsed.data.sid,
          issuer: parsed.data.iss,
          expiresAt: new Date(parsed.data.exp * 1000),
        };
      } catch {
        return undefined;
      }
    },
  };
}
