import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDuopulseApp } from '../../infra/duopulse-app.js';
import { roles } from '../../shared/access/roles.js';

let template: Template;
let appEnvironment: Record<string, unknown>;

beforeAll(() => {
  const built = createDuopulseApp({
    context: { stage: 'test', publicBaseUrl: 'https://pulse.centre.example' },
  });
  template = Template.fromStack(built.stateless);
  const fn = template.findResources('AWS::Lambda::Function', {
    Properties: { Description: Match.stringLikeRegexp('^Duopulse Hono app') },
  });
  const [app] = Object.values(fn) as {
    Properties: { Environment: { Variables: Record<string, unknown> } };
  }[];
  appEnvironment = app?.Properties.Environment.Variables ?? {};
});

describe('Cognito sign-in', () => {
  it('a user pool without self sign-up, email sign-in, MFA required, strong passwords, threat protection, kept on delete', () => {
    template.resourceCountIs('AWS::Cognito::UserPool', 1);
    template.hasResource('AWS::Cognito::UserPool', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
        UsernameAttributes: ['email'],
        MfaConfiguration: 'ON',
        EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
        DeletionProtection: 'ACTIVE',
        UserPoolTier: 'PLUS',
        UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
        Policies: {
          PasswordPolicy: Match.objectLike({
            MinimumLength: 12,
            RequireLowercase: true,
            RequireUppercase: true,
            RequireNumbers: true,
            RequireSymbols: true,
          }),
        },
      }),
    });
  });

  it('one group per role, named as the role', () => {
    const groups = Object.values(template.findResources('AWS::Cognito::UserPoolGroup')).map(
      (g) => (g as { Properties: { GroupName: string } }).Properties.GroupName,
    );
    expect(groups.sort()).toEqual([...roles].sort());
  });

  it('a public client for the managed-login code flow, returning to /auth/callback only', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: false,
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid', 'email'],
      CallbackURLs: ['https://pulse.centre.example/auth/callback'],
      LogoutURLs: ['https://pulse.centre.example/'],
      SupportedIdentityProviders: ['COGNITO'],
      PreventUserExistenceErrors: 'ENABLED',
      EnableTokenRevocation: true,
      IdTokenValidity: 5,
    });
    template.hasResourceProperties('AWS::Cognito::UserPoolDomain', {
      Domain: { 'Fn::Join': ['', ['duopulse-test-', { Ref: 'AWS::AccountId' }]] },
      ManagedLoginVersion: 2,
    });
    template.hasResourceProperties('AWS::Cognito::ManagedLoginBranding', { UseCognitoProvidedValues: true });
  });

  it('gives the app function the pool, its client, the login origin and its own origin', () => {
    expect(JSON.stringify(appEnvironment.COGNITO_USER_POOL_ID)).toMatch(
      /^\{"Ref":"CognitoSignInUserPool[0-9A-F]{8}"\}$/,
    );
    expect(JSON.stringify(appEnvironment.COGNITO_CLIENT_ID)).toMatch(/CognitoSignInUserPoolWebClient/);
    expect(appEnvironment.COGNITO_DOMAIN).toEqual({
      'Fn::Join': [
        '',
        ['https://duopulse-test-', { Ref: 'AWS::AccountId' }, '.auth.eu-west-3.amazoncognito.com'],
      ],
    });
    expect(appEnvironment.PUBLIC_BASE_URL).toBe('https://pulse.centre.example');
  });
});
