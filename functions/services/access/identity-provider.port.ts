/** What an identity provider vouches for after a verified sign-in. */
export interface ProviderIdentity {
  readonly email: string;
  readonly emailVerified: boolean;
  /** The provider's groups for this person (Cognito: `cognito:groups`). */
  readonly groups: readonly string[];
}

/** An OAuth 2.0 authorization-code sign-in with PKCE (RFC 7636), such as Cognito's managed login. */
export interface IdentityProvider {
  /** The token issuer; sessions it opens carry it. */
  readonly issuer: string;
  /** Where the browser goes to sign in. */
  authorizationUrl(request: { readonly state: string; readonly codeChallenge: string }): string;
  /**
   * Exchanges the code for tokens and verifies the ID token (signature, issuer, audience,
   * expiry, token use); undefined when anything fails, nothing else is said.
   */
  verifyCode(code: string, codeVerifier: string): Promise<ProviderIdentity | undefined>;
  /** Where the browser goes after sign-out to end the provider's own session too. */
  signOutUrl(): string;
}
