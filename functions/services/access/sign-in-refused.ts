/** Why a sign-in was refused; each has its own message on the refusal page. */
export type SignInRefusal =
  /** No Duopulse user has this email. */
  | 'unknown-user'
  /** The sign-in service's groups give no role, or more than one. */
  | 'no-role'
  /** The sign-in service's role differs from the role recorded in Duopulse. */
  | 'role-mismatch'
  /** The email was not verified by the sign-in service. */
  | 'email-unverified'
  /** The code, state or ID token did not verify. */
  | 'invalid-sign-in';

/** A sign-in that must not open a session; the page says why, and nothing was stored. */
export class SignInRefusedError extends Error {
  override name = 'SignInRefusedError';
  constructor(readonly reason: SignInRefusal) {
    super(`Sign-in refused: ${reason}`);
  }
}
