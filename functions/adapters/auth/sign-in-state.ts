import { createHash, createHmac, randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import * as z from 'zod/mini';

/** How long a person may take on the sign-in page before the callback is refused. */
export const signInStateLifetimeSeconds = 600;

const payloadSchema = z.object({ state: z.string(), verifier: z.string() });

/** One sign-in attempt: the OAuth `state` and the PKCE code verifier and challenge (RFC 7636, S256). */
export interface SignInAttempt {
  readonly state: string;
  readonly codeVerifier: string;
  readonly codeChallenge: string;
}

export function newSignInAttempt(): SignInAttempt {
  const codeVerifier = randomBytes(32).toString('base64url');
  return {
    state: randomBytes(24).toString('base64url'),
    codeVerifier,
    codeChallenge: createHash('sha256').update(codeVerifier).digest('base64url'),
  };
}

/**
 * The attempt kept in a short-lived signed cookie between /auth/sign-in and /auth/callback, so
 * a callback the browser did not start (login CSRF) or a replayed code is refused.
 */
export function signInStateCookies(appSecret: string) {
  const key = createHmac('sha256', appSecret).update('duopulse/sign-in-state/v1').digest();
  return {
    seal(attempt: SignInAttempt, now: Date): Promise<string> {
      return new SignJWT({ state: attempt.state, verifier: attempt.codeVerifier })
        .setProtectedHeader({ alg: 'HS256' })
        .setExpirationTime(Math.floor(now.getTime() / 1000) + signInStateLifetimeSeconds)
        .sign(key);
    },
    /** The code verifier when the cookie is valid and its state is `state`; else undefined. */
    async open(cookie: string, state: string, now: Date): Promise<string | undefined> {
      try {
        const { payload } = await jwtVerify(cookie, key, {
          algorithms: ['HS256'],
          currentDate: now,
          requiredClaims: ['exp'],
        });
        const parsed = payloadSchema.safeParse(payload);
        return parsed.success && parsed.data.state === state ? parsed.data.verifier : undefined;
      } catch {
        return undefined;
      }
    },
  };
}
export type SignInStateCookies = ReturnType<typeof signInStateCookies>;
