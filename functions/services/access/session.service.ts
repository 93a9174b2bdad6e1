import type { Role, Viewer } from '../../../shared/access/index.js';
import type { Clock } from '../ports/clock.port.js';
import type { SessionRepository, SessionTokens } from './session.port.js';
import { SignInRefusedError } from './sign-in-refused.js';
import type { UserRepository } from './user.port.js';

/** How long a session lasts after sign-in: one working day. */
export const sessionLifetimeMs = 10 * 60 * 60 * 1000;

export interface SessionDeps {
  readonly users: UserRepository;
  readonly sessions: SessionRepository;
  readonly sessionTokens: SessionTokens;
  readonly clock: Clock;
  /** A fresh random id, unguessable: it names the session on the server. */
  readonly newSessionId: () => string;
}

/** A person as vouched for by a sign-in (Cognito's verified ID token, or /dev/login locally). */
export interface VerifiedIdentity {
  readonly email: string;
  readonly role: Role;
  readonly issuer: string;
}

/**
 * Opens a session for a verified identity; every sign-in path ends here.
 * 1. find the Duopulse user with this email (else refused: unknown-user)
 * 2. the role the sign-in vouches for must be the user's role (else refused: role-mismatch)
 * 3. store the session with its expiry (the table's TTL removes it later)
 * 4. return the signed cookie value carrying the session id, the issuer and the expiry
 */
export async function startSession(deps: SessionDeps, identity: VerifiedIdentity) {
  const email = identity.email.trim().toLowerCase();
  const user = await deps.users.getUser(email);
  if (!user) throw new SignInRefusedError('unknown-user');
  if (user.role !== identity.role) throw new SignInRefusedError('role-mismatch');
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + sessionLifetimeMs);
  const sessionId = deps.newSessionId();
  await deps.sessions.putSession({
    sessionId,
    email,
    role: user.role,
    issuer: identity.issuer,
    createdAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
  });
  const token = await deps.sessionTokens.sign({ sessionId, issuer: identity.issuer, expiresAt });
  return { token, expiresAt };
}

/**
 * The viewer a session cookie signs in, or undefined. The cookie must verify, name an issuer
 * this runtime accepts (the deployed app accepts only its Cognito user pool), and point at a
 * stored, unexpired session from the same issuer, whose user still exists with the same role.
 */
export async function resolveViewer(
  deps: SessionDeps,
  token: string,
  acceptedIssuers: readonly string[],
): Promise<{ viewer: Viewer; sessionId: string } | undefined> {
  const now = deps.clock.now();
  const claims = await deps.sessionTokens.verify(token, now);
  if (!claims || !acceptedIssuers.includes(claims.issuer)) return undefined;
  const session = await deps.sessions.getSession(claims.sessionId);
  if (!session || session.issuer !== claims.issuer || Date.parse(session.expiresAt) <= now.getTime()) {
    return undefined;
  }
  const user = await deps.users.getUser(session.email);
  if (!user || user.role !== session.role) return undefined;
  const viewer: Viewer = {
    email: user.email,
    role: user.role,
    teams: user.teams,
    advisorId: user.advisorId,
    locale: user.locale,
  };
  return { viewer, sessionId: session.sessionId };
}

/** Ends the session a cookie points at, whatever its state: afterwards the cookie signs no one in. */
export async function endSession(deps: SessionDeps, sessionId: string): Promise<void> {
  await deps.sessions.deleteSession(sessionId);
}
