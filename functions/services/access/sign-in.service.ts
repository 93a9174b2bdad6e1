import { roleFromGroups } from '../../../shared/access/index.js';
import type { IdentityProvider } from './identity-provider.port.js';
import { type SessionDeps, startSession } from './session.service.js';
import { SignInRefusedError } from './sign-in-refused.js';

/** The issuer of sessions opened by /dev/login on this machine; the deployed app refuses it. */
export const localIssuer = 'duopulse:local-dev-login';

/**
 * Signs in with an identity provider's authorization code.
 * 1. the provider exchanges the code and verifies the ID token (else refused: invalid-sign-in)
 * 2. the email must be verified by the provider
 * 3. the provider's groups give exactly one role
 * 4. the same session as every other sign-in (startSession: user exists, same role)
 */
export async function signInWithCode(
  deps: SessionDeps,
  provider: IdentityProvider,
  code: string,
  codeVerifier: string,
) {
  const identity = await provider.verifyCode(code, codeVerifier);
  if (!identity) throw new SignInRefusedError('invalid-sign-in');
  if (!identity.emailVerified) throw new SignInRefusedError('email-unverified');
  const role = roleFromGroups(identity.groups);
  if (!role) throw new SignInRefusedError('no-role');
  return startSession(deps, { email: identity.email, role, issuer: provider.issuer });
}

/**
 * Signs in a local user picked on /dev/login (loopback only, local runtime only): the user's
 * own role, the local issuer, and the same session code as a real sign-in.
 */
export async function signInLocally(deps: SessionDeps, email: string) {
  const user = await deps.users.getUser(email.trim().toLowerCase());
  if (!user) throw new SignInRefusedError('unknown-user');
  return startSession(deps, { email: user.email, role: user.role, issuer: localIssuer });
}
