/** @jsxImportSource react */
import { Button, Column, Heading, Link, Row, Section, Text } from '@react-email/components';
import type { CSSProperties } from 'react';
import type { EmailBrand } from './email-brand.js';
import { EmailLayout, emailColors, FooterText } from './email-layout.js';
import { customerSurveyMessages, type EmailLocale } from './messages.js';

export interface CustomerSurveyEmailProps {
  locale: EmailLocale;
  /** First name only: a customer never sees an advisor's surname. */
  advisorFirstName: string;
  /** Interaction channel id (`phone`, `email`, `chat`, `social`, `in-person`). */
  channel: string;
  /** The survey page, token included; each score links to it with `score=N` added. */
  surveyUrl: string;
  unsubscribeUrl: string;
  /** The centre's name, accent colour and logo. */
  brand: EmailBrand;
}

/** The satisfaction scale the email offers: 0 to 10, one link per score. */
export const customerScores = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/**
 * Two rows (0–5, 6–10) of 48px-wide targets in 54px cells: the wider row (324px) fits the
 * card's content width on a 360px-wide phone, where eleven in one row would be 30px each.
 */
const scoreRows = [customerScores.slice(0, 6), customerScores.slice(6)] as const;
const cellPx = 54;

/** The survey page with `score` preselected; the page only records after the person confirms. */
export function scoreUrl(surveyUrl: string, score: number): string {
  const url = new URL(surveyUrl);
  url.searchParams.set('score', String(score));
  return url.toString();
}

const headingStyle: CSSProperties = {
  margin: '0 0 12px',
  fontSize: '22px',
  lineHeight: '30px',
  fontWeight: 700,
  color: emailColors.ink,
};

const paragraphStyle: CSSProperties = { margin: '0 0 16px', fontSize: '16px', lineHeight: '24px' };

/** A score link drawn as an outlined button in the centre's accent colour. */
function scoreButtonStyle(accent: string): CSSProperties {
  return {
    width: '48px',
    padding: '14px 0',
    boxSizing: 'border-box',
    border: `2px solid ${accent}`,
    borderRadius: '8px',
    backgroundColor: '#ffffff',
    color: accent,
    fontSize: '18px',
    fontWeight: 700,
    lineHeight: '100%',
    textAlign: 'center',
  };
}

const legendStyle: CSSProperties = {
  margin: '8px 0 0',
  fontSize: '14px',
  lineHeight: '20px',
  color: emailColors.muted,
  textAlign: 'center',
};

/**
 * Sent once after a contact: a 0–10 satisfaction scale where each number is a link to the
 * survey page, and a one-click unsubscribe link (RFC 8058 headers are set by the renderer).
 */
export function CustomerSurveyEmail(props: CustomerSurveyEmailProps) {
  const m = customerSurveyMessages[props.locale];
  const buttonStyle = scoreButtonStyle(props.brand.accent);
  return (
    <EmailLayout
      locale={props.locale}
      brand={props.brand}
      preheader={m.preheader}
      footer={
        <>
          <FooterText>{m.footerReason}</FooterText>
          <FooterText>
            {m.unsubscribeLead}{' '}
            <Link
              href={props.unsubscribeUrl}
              style={{ color: emailColors.muted, textDecoration: 'underline' }}
            >
              {m.unsubscribeLink}
            </Link>
          </FooterText>
        </>
      }
    >
      <Heading as="h1" style={headingStyle}>
        {m.heading(props.advisorFirstName)}
      </Heading>
      <Text style={paragraphStyle}>{m.intro(props.advisorFirstName, props.channel)}</Text>
      <Text style={{ ...paragraphStyle, fontWeight: 600 }}>{m.scaleInstruction}</Text>
      <Section>
        {scoreRows.map((scores) => (
          <Row
            key={scores[0]}
            width={String(scores.length * cellPx)}
            style={{ width: `${scores.length * cellPx}px`, margin: '0 auto' }}
          >
            {scores.map((score) => (
              <Column key={score} align="center" style={{ width: `${cellPx}px`, padding: '3px' }}>
                <Button
                  href={scoreUrl(props.surveyUrl, score)}
                  aria-label={m.scoreLabel(score)}
                  title={m.scoreLabel(score)}
                  style={buttonStyle}
                >
                  {String(score)}
                </Button>
              </Column>
            ))}
          </Row>
        ))}
        <Text style={legendStyle}>
          {m.scaleLow} · {m.scaleHigh}
        </Text>
      </Section>
      <Text style={{ ...paragraphStyle, marginTop: '16px', fontSize: '14px', color: emailColors.muted }}>
        {m.confirmNote}
      </Text>
      <Text style={{ ...paragraphStyle, margin: 0 }}>{m.thanks}</Text>
    </EmailLayout>
  );
}
