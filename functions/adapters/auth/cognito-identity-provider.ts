import { CognitoJwtVerifier } from 'aws-jwt-verify';
import type { IdentityProvider, ProviderIdentity } from '../../services/access/identity-provider.port.js';

export interface CognitoSignInSettings {
  /** e.g. `eu-west-3_AbCdEf123`. */
  readonly userPoolId: string;
  /** The app client (public, PKCE, no secret). */
  readonly clientId: string;
  /** The managed login domain, e.g. `https://duopulse-prod.auth.eu-west-3.amazoncognito.com`. */
  readonly domain: string;
  /** This app's `/auth/callback`, exactly as registered on the app client. */
  readonly redirectUri: string;
}

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/**
 * Cognito's managed login with the authorization-code flow and PKCE. The ID token is verified
 * with AWS's own aws-jwt-verify (signature against the pool's JWKS, issuer, audience = client id,
 * `token_use` = id, expiry). `fetchToken` is the HTTP call to the token endpoint (global fetch by
 * default; tests pass a fake endpoint).
 */
export function cognitoIdentityProvider(
  settings: CognitoSignInSettings,
  options: { fetchToken?: Fetch; verifier?: ReturnType<typeof idTokenVerifier> } = {},
): IdentityProvider {
  const verifier = options.verifier ?? idTokenVerifier(settings);
  const fetchToken = options.fetchToken ?? fetch;
  const domain = settings.domain.replace(/\/+$/, '');
  const region = settings.userPoolId.split('_')[0];
  return {
    issuer: `https://cognito-idp.${region}.amazonaws.com/${settings.userPoolId}`,
    authorizationUrl({ state, codeChallenge }) {
      const query = new URLSearchParams({
        response_type: 'code',
        client_id: settings.clientId,
        redirect_uri: settings.redirectUri,
        scope: 'openid email',
        state,
        code_challenge: codeChallenge,
        code_challenge_method: 'S256',
      });
      return `${domain}/oauth2/authorize?${query}`;
    },
    signOutUrl() {
      const query = new URLSearchParams({
        client_id: settings.clientId,
        logout_uri: `${new URL(settings.redirectUri).origin}/`,
      });
      return `${domain}/logout?${query}`;
    },
    async verifyCode(code, codeVerifier): Promise<ProviderIdentity | undefined> {
      try {
        const response = await fetchToken(`${domain}/oauth2/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({
            grant_type: 'authorization_code',
            client_id: settings.clientId,
            code,
            redirect_uri: settings.redirectUri,
            code_verifier: codeVerifier,
          }).toString(),
        });
        if (!response.ok) return undefined;
        const body = (await response.json()) as { id_token?: unknown };
        if (typeof body.id_token !== 'string') return undefined;
        const payload = await verifier.verify(body.id_token);
        if (typeof payload.email !== 'string') return undefined;
        return {
          email: payload.email,
          emailVerified: payload.email_verified === true,
          groups: payload['cognito:groups'] ?? [],
        };
      } catch {
        return undefined;
      }
    },
  };
}

/** The ID-token verifier of a user pool's app client. */
export function idTokenVerifier(settings: Pick<CognitoSignInSettings, 'userPoolId' | 'clientId'>) {
  return CognitoJwtVerifier.create({
    userPoolId: settings.userPoolId,
    tokenUse: 'id',
    clientId: settings.clientId,
  });
}
