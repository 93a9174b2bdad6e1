import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { describe, expect, it } from 'vitest';
import { createDuopulseApp } from '../../infra/duopulse-app.js';
import { SesMail, type SesMailProps } from '../../infra/ses-mail.js';

function sesMailStack(props: Partial<SesMailProps> = {}): { stack: Stack; sesMail: SesMail } {
  const stack = new Stack(new App(), 'Mail', { env: { account: '111122223333', region: 'eu-west-3' } });
  const sesMail = new SesMail(stack, 'SesMail', {
    configurationSetName: 'duopulse-test',
    mailFrom: 'barometre@duopulse.example',
    mailDomain: 'duopulse.example',
    ...props,
  });
  return { stack, sesMail };
}

describe('SES sending setup', () => {
  it('creates the domain identity with Easy DKIM and the configuration set when asked', () => {
    const template = Template.fromStack(sesMailStack({ createEmailIdentity: true }).stack);
    template.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: 'duopulse.example',
      DkimAttributes: { SigningEnabled: true },
      ConfigurationSetAttributes: {
        ConfigurationSetName: { Ref: Match.stringLikeRegexp('ConfigurationSet') },
      },
    });
    const outputs = Object.values(template.toJSON().Outputs as Record<string, { Description: string }>);
    expect(outputs.filter((o) => o.Description.includes('Easy DKIM'))).toHaveLength(3);
  });

  it('creates no identity by default', () => {
    Template.fromStack(sesMailStack().stack).resourceCountIs('AWS::SES::EmailIdentity', 0);
  });

  it('accepts a sender on a subdomain and rejects one on another domain', () => {
    expect(() => sesMailStack({ mailFrom: 'pulse@mail.duopulse.example' })).not.toThrow();
    expect(() => sesMailStack({ mailFrom: 'barometre@elsewhere.example' })).toThrow(/mailDomain/);
    expect(() => sesMailStack({ mailFrom: 'barometre@notduopulse.example' })).toThrow(/mailDomain/);
  });

  it('grants ses:SendEmail on the domain and sender identities and the configuration set, nothing wider', () => {
    const { stack, sesMail } = sesMailStack();
    sesMail.grantSendFromMailFrom(
      new Role(stack, 'Sender', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') }),
    );
    const arn = (suffix: string) => ({
      'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:ses:eu-west-3:111122223333:${suffix}`]],
    });
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [
          {
            Action: 'ses:SendEmail',
            Effect: 'Allow',
            Condition: { StringEquals: { 'ses:FromAddress': 'barometre@duopulse.example' } },
            Resource: [
              arn('identity/duopulse.example'),
              arn('identity/barometre@duopulse.example'),
              {
                'Fn::Join': [
                  '',
                  [
                    'arn:',
                    { Ref: 'AWS::Partition' },
                    ':ses:eu-west-3:111122223333:configuration-set/',
                    { Ref: Match.stringLikeRegexp('^SesMailConfigurationSet') },
                  ],
                ],
              },
            ],
          },
        ],
      },
    });
  });
});

describe('mail context of the app', () => {
  // No bundling: these read context only.
  const noBundling = { 'aws:cdk:bundling-stacks': [] };

  it('defaults to duopulse.example, sender barometre@, no identity', () => {
    const { stateless } = createDuopulseApp({ context: { stage: 'test', ...noBundling } });
    expect(stateless.sesMail.mailDomain).toBe('duopulse.example');
    expect(stateless.sesMail.mailFrom).toBe('barometre@duopulse.example');
    expect(stateless.sesMail.emailIdentity).toBeUndefined();
  });

  it('takes mailDomain and createEmailIdentity from context, as the command line passes them', () => {
    const { stateless } = createDuopulseApp({
      context: { stage: 'test', mailDomain: 'centre.example.fr', createEmailIdentity: 'true', ...noBundling },
    });
    expect(stateless.sesMail.mailFrom).toBe('barometre@centre.example.fr');
    expect(stateless.sesMail.emailIdentity).toBeDefined();
  });
});
