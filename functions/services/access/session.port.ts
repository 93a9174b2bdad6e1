import type { Role } from '../../../shared/access/index.js';

/** A server-side session: what a session cookie points at, until it expires or is ended. */
export interface SessionRecord {
  readonly sessionId: string;
  readonly email: string;
  /** The role the sign-in established; a user record with another role ends the session. */
  readonly role: Role;
  /** Who vouched for the person: the Cognito user pool's issuer URL, or the local issuer. */
  readonly issuer: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

export interface SessionRepository {
  putSession(record: SessionRecord): Promise<void>;
  getSession(sessionId: string): Promise<SessionRecord | undefined>;
  /** Ends a session: its cookie no longer signs anyone in, even before it expires. */
  deleteSession(sessionId: string): Promise<void>;
}

/** The claims a session cookie carries, signed. */
export interface SessionClaims {
  readonly sessionId: string;
  readonly issuer: string;
  readonly expiresAt: Date;
}

/** Signs and verifies session cookies (HMAC, so a cookie cannot be forged nor its issuer changed). */
export interface SessionTokens {
  sign(claims: SessionClaims): Promise<string>;
  /** The claims of a valid, unexpired token; undefined for anything else. */
  verify(token: string, now: Date): Promise<SessionClaims | undefined>;
}
