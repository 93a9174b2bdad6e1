import { CfnOutput, Stack } from 'aws-cdk-lib';
import { type IGrantable, PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import {
  ConfigurationSet,
  ConfigurationSetEventDestination,
  ConfigurationSetTlsPolicy,
  EmailIdentity,
  EmailSendingEvent,
  EventDestination,
  Identity,
  SuppressionReasons,
} from 'aws-cdk-lib/aws-ses';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';

export interface SesMailProps {
  /** Name of the configuration set every survey and pulse email is sent through. */
  readonly configurationSetName: string;
  /** Sender address of survey and pulse emails, e.g. `barometre@duopulse.example`. */
  readonly mailFrom: string;
  /** Domain that SES verifies for sending; `mailFrom` is on it or on one of its subdomains. */
  readonly mailDomain: string;
  /**
   * Creates the SES domain identity with Easy DKIM. Off by default: verification needs the three
   * DKIM CNAME records (stack outputs) published in DNS the deployer owns, and an environment may
   * already have the domain verified.
   */
  readonly createEmailIdentity?: boolean;
}

/**
 * Sending mail through SES v2: a configuration set (reputation metrics, TLS required) whose
 * BOUNCE and COMPLAINT events are published to an encrypted SNS topic that feeds the suppression
 * list, and, when asked, the sending domain's identity with Easy DKIM.
 */
export class SesMail extends Construct {
  readonly configurationSet: ConfigurationSet;
  /** Receives the configuration set's bounce and complaint events. */
  readonly feedbackTopic: Topic;
  readonly mailFrom: string;
  readonly mailDomain: string;
  readonly emailIdentity: EmailIdentity | undefined;

  constructor(scope: Construct, id: string, props: SesMailProps) {
    super(scope, id);
    const mailFromDomain = props.mailFrom.split('@')[1] ?? '';
    if (mailFromDomain !== props.mailDomain && !mailFromDomain.endsWith(`.${props.mailDomain}`)) {
      throw new Error(
        `Context "mailFrom" (${props.mailFrom}) must be an address on "mailDomain" (${props.mailDomain}) or one of its subdomains`,
      );
    }
    this.mailFrom = props.mailFrom;
    this.mailDomain = props.mailDomain;
    const stack = Stack.of(this);

    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', {
      configurationSetName: props.configurationSetName,
      reputationMetrics: true,
      tlsPolicy: ConfigurationSetTlsPolicy.REQUIRE,
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });

    // A customer-managed key: the AWS-managed SNS key cannot grant SES the right to publish to an
    // encrypted topic, which bounce and complaint events require.
    const topicKey = new Key(this, 'FeedbackTopicKey', {
      description: `Encrypts the SES bounce and complaint events of ${props.configurationSetName}`,
      enableKeyRotation: true,
    });
    topicKey.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal('ses.amazonaws.com')],
        actions: ['kms:GenerateDataKey*', 'kms:Decrypt'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': stack.account } },
      }),
    );
    this.feedbackTopic = new Topic(this, 'FeedbackTopic', {
      displayName: `Duopulse ${props.configurationSetName} bounces and complaints`,
      masterKey: topicKey,
      enforceSSL: true,
    });
    // The event destination adds the topic policy that lets SES publish for this configuration
    // set only; enforceSSL adds the statement that denies publishing without TLS.
    new ConfigurationSetEventDestination(this, 'FeedbackDestination', {
      configurationSet: this.configurationSet,
      destination: EventDestination.snsTopic(this.feedbackTopic),
      events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
    });

    if (props.createEmailIdentity) {
      this.emailIdentity = new EmailIdentity(this, 'DomainIdentity', {
        identity: Identity.domain(props.mailDomain),
        configurationSet: this.configurationSet,
        dkimSigning: true,
      });
      const tokens = [
        [this.emailIdentity.dkimDnsTokenName1, this.emailIdentity.dkimDnsTokenValue1],
        [this.emailIdentity.dkimDnsTokenName2, this.emailIdentity.dkimDnsTokenValue2],
        [this.emailIdentity.dkimDnsTokenName3, this.emailIdentity.dkimDnsTokenValue3],
      ] as const;
      tokens.forEach(([name, value], index) => {
        new CfnOutput(this, `DkimRecord${index + 1}`, {
          description: `CNAME to publish in the DNS of ${props.mailDomain} so SES verifies it (Easy DKIM)`,
          value: `${name} CNAME ${value}`,
        });
      });
    }
  }

  /**
   * Lets `grantee` send email with SES v2 from {@link SesMail.mailFrom} only, through this
   * configuration set only. SES authorises the verified identity the sender belongs to: the
   * domain, or the address itself where only the address is verified.
   */
  grantSendFromMailFrom(grantee: IGrantable): void {
    const stack = Stack.of(this);
    const identityArn = (identity: string) =>
      stack.formatArn({ service: 'ses', resource: 'identity', resourceName: identity });
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['ses:SendEmail'],
        resources: [
          identityArn(this.mailDomain),
          identityArn(this.mailFrom),
          stack.formatArn({
            service: 'ses',
            resource: 'configuration-set',
            resourceName: this.configurationSet.configurationSetName,
          }),
        ],
        conditions: { StringEquals: { 'ses:FromAddress': this.mailFrom } },
      }),
    );
  }
}
