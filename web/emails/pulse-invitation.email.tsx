/** @jsxImportSource react */
import { Button, Heading, Link, Section, Text } from '@react-email/components';
import type { CSSProperties } from 'react';
import type { EmailBrand } from './email-brand.js';
import { EmailLayout, emailColors, FooterText } from './email-layout.js';
import { type EmailLocale, pulseInvitationMessages } from './messages.js';

export interface PulseInvitationEmailProps {
  locale: EmailLocale;
  /** The anonymous pulse page, token included. */
  surveyUrl: string;
  /** The one reminder sent to advisors who have not answered yet; same link, other words. */
  reminder: boolean;
  /** Pulse period id, an ISO week such as `2026-W07`. */
  period: string;
  /** The page that says who can see what of the answers (the threat model). */
  privacyUrl: string;
  /** The centre's name, accent colour and logo. */
  brand: EmailBrand;
}

const paragraphStyle: CSSProperties = { margin: '0 0 16px', fontSize: '16px', lineHeight: '24px' };

/** The call to action: white on the centre's accent colour. */
function ctaStyle(accent: string): CSSProperties {
  return {
    padding: '14px 28px',
    borderRadius: '8px',
    backgroundColor: accent,
    color: '#ffffff',
    fontSize: '17px',
    fontWeight: 700,
    lineHeight: '100%',
    textAlign: 'center',
  };
}

/**
 * The weekly advisor pulse invitation (3–5 anonymous questions, under a minute; about two
 * minutes in the monthly module's week), and with `reminder` its single reminder.
 */
export function PulseInvitationEmail(props: PulseInvitationEmailProps) {
  const m = pulseInvitationMessages[props.locale];
  const accent = props.brand.accent;
  return (
    <EmailLayout
      locale={props.locale}
      brand={props.brand}
      preheader={m.preheader(props.reminder, props.period)}
      footer={<FooterText>{m.footer}</FooterText>}
    >
      <Heading
        as="h1"
        style={{
          margin: '0 0 12px',
          fontSize: '22px',
          lineHeight: '30px',
          fontWeight: 700,
          color: emailColors.ink,
        }}
      >
        {m.heading(props.period, props.reminder)}
      </Heading>
      <Text style={paragraphStyle}>{m.intro(props.reminder, props.period)}</Text>
      <Section style={{ padding: '8px 0 20px', textAlign: 'center' }}>
        <Button href={props.surveyUrl} style={ctaStyle(accent)}>
          {m.cta}
        </Button>
      </Section>
      <Text style={{ ...paragraphStyle, fontSize: '14px', lineHeight: '20px', color: emailColors.muted }}>
        {m.anonymity}{' '}
        <Link href={props.privacyUrl} style={{ color: accent }}>
          {m.privacyLink}
        </Link>
      </Text>
      <Text
        data-skip-in-text="true"
        style={{
          margin: 0,
          fontSize: '13px',
          lineHeight: '20px',
          color: emailColors.muted,
          wordBreak: 'break-all',
        }}
      >
        {m.linkFallback}{' '}
        <Link href={props.surveyUrl} style={{ color: accent }}>
          {props.surveyUrl}
        </Link>
      </Text>
    </EmailLayout>
  );
}
