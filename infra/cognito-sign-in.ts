import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import {
  AccountRecovery,
  CfnManagedLoginBranding,
  FeaturePlan,
  ManagedLoginVersion,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  UserPool,
  type UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { roleGroups, roles } from '../shared/access/roles.js';

export interface CognitoSignInProps {
  /** Prefix of the managed login domain (`<prefix>.auth.<region>.amazoncognito.com`), unique per region. */
  readonly domainPrefix: string;
  /** Origin of the app, without a trailing slash: `/auth/callback` and `/` are registered on it. */
  readonly publicBaseUrl: string;
}

/**
 * Staff sign-in (DESIGN §8): a Cognito user pool with one group per Duopulse role, its managed
 * login pages, and a public app client for the authorization-code flow with PKCE (no client
 * secret to hand to the function). No self sign-up: an admin invites each person. MFA (TOTP)
 * is required and threat protection enforced: these accounts open HR and payroll figures.
 */
export class CognitoSignIn extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  readonly domain: UserPoolDomain;
  /** Origin of the managed login pages, e.g. `https://duopulse-prod-….auth.eu-west-3.amazoncognito.com`. */
  readonly loginOrigin: string;

  constructor(scope: Construct, id: string, props: CognitoSignInProps) {
    super(scope, id);
    this.userPool = new UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: true,
      // The people and their MFA devices: redeploying the stateless stack must never lose them.
      removalPolicy: RemovalPolicy.RETAIN,
    });

    for (const role of roles) {
      this.userPool.addGroup(`${role}Group`, {
        groupName: roleGroups[role],
        description: `Duopulse role ${role}: its members sign in with this role (one role group per person)`,
      });
    }

    this.domain = this.userPool.addDomain('Domain', {
      cognitoDomain: { domainPrefix: props.domainPrefix },
      managedLoginVersion: ManagedLoginVersion.NEWER_MANAGED_LOGIN,
    });
    this.loginOrigin = `https://${props.domainPrefix}.auth.${Stack.of(this).region}.amazoncognito.com`;

    this.client = this.userPool.addClient('WebClient', {
      generateSecret: false,
      authFlows: {},
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL],
        callbackUrls: [`${props.publicBaseUrl}/auth/callback`],
        logoutUrls: [`${props.publicBaseUrl}/`],
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      // The ID token is read once, at the callback; the app keeps its own session afterwards.
      idTokenValidity: Duration.minutes(5),
      accessTokenValidity: Duration.minutes(5),
      refreshTokenValidity: Duration.hours(1),
    });

    // The newer managed login shows pages only with a branding style; Cognito's default one.
    new CfnManagedLoginBranding(this, 'Branding', {
      userPoolId: this.userPool.userPoolId,
      clientId: this.client.userPoolClientId,
      useCognitoProvidedValues: true,
    });
  }
}
