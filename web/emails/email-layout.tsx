/** @jsxImportSource react */
import { Body, Container, Head, Hr, Html, Preview, Section, Text } from '@react-email/components';
import type { CSSProperties, ReactNode } from 'react';
import type { EmailLocale } from './messages.js';

export const emailColors = {
  ink: '#1d2430',
  muted: '#5b6575',
  accent: '#0b5cad',
  line: '#d9dee5',
  page: '#f3f5f8',
  card: '#ffffff',
} as const;

export const fontStack =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

const bodyStyle: CSSProperties = {
  margin: 0,
  padding: '24px 0',
  backgroundColor: emailColors.page,
  fontFamily: fontStack,
  color: emailColors.ink,
};

const cardStyle: CSSProperties = {
  maxWidth: '560px',
  margin: '0 auto',
  padding: '24px 16px',
  backgroundColor: emailColors.card,
  borderRadius: '8px',
};

const footerStyle: CSSProperties = {
  margin: '0',
  fontSize: '13px',
  lineHeight: '20px',
  color: emailColors.muted,
};

/**
 * The frame of every survey email: one centred 560px card (tables under the hood, styles
 * inline), the preheader clients show next to the subject, and a muted footer.
 */
export function EmailLayout(props: {
  locale: EmailLocale;
  preheader: string;
  footer: ReactNode;
  children: ReactNode;
}) {
  return (
    <Html lang={props.locale} dir="ltr">
      <Head>
        <meta name="color-scheme" content="light" />
        <meta name="supported-color-schemes" content="light" />
      </Head>
      <Preview>{props.preheader}</Preview>
      <Body style={bodyStyle}>
        <Container style={cardStyle}>
          {props.children}
          <Hr style={{ borderColor: emailColors.line, margin: '24px 0 16px' }} />
          <Section>{props.footer}</Section>
        </Container>
      </Body>
    </Html>
  );
}

/** A footer paragraph in the layout's muted style. */
export function FooterText(props: { children: ReactNode }) {
  return <Text style={footerStyle}>{props.children}</Text>;
}
