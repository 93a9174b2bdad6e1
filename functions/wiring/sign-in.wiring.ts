import { cognitoIdentityProvider } from '../adapters/auth/cognito-identity-provider.js';
import { signInStateCookies } from '../adapters/auth/sign-in-state.js';
import type { ConfigOf } from '../config.js';
import type { SignInSetup } from '../http/app-deps.js';
import { localIssuer } from '../services/access/sign-in.service.js';

/**
 * The deployed app: staff sign in through the Cognito user pool, and only sessions that pool
 * vouched for are accepted. A session from /dev/login (the local issuer) is refused here even
 * when signed with the same APP_SECRET.
 */
export function deployedSignIn(config: ConfigOf<'app'>): SignInSetup {
  const identity = cognitoIdentityProvider({
    userPoolId: config.COGNITO_USER_POOL_ID,
    clientId: config.COGNITO_CLIENT_ID,
    domain: config.COGNITO_DOMAIN,
    redirectUri: `${config.PUBLIC_BASE_URL.replace(/\/+$/, '')}/auth/callback`,
  });
  return {
    acceptedIssuers: [identity.issuer],
    provider: { identity, state: signInStateCookies(config.APP_SECRET) },
    devLogin: false,
  };
}

/** This machine: /dev/login (loopback only) and sessions of the local issuer only. */
export function localSignIn(): SignInSetup {
  return { acceptedIssuers: [localIssuer], devLogin: true };
}
