/** @jsxImportSource react */
import { Body, Container, Head, Hr, Html, Img, Preview, Section, Text } from '@react-email/components';
import type { CSSProperties, ReactNode } from 'react';
import { brandSignature, type EmailBrand, productAccent } from './email-brand.js';
import type { EmailLocale } from './messages.js';

export const emailColors = {
  ink: '#1d2430',
  muted: '#5b6575',
  accent: productAccent,
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

const brandNameStyle: CSSProperties = {
  margin: 0,
  fontSize: '16px',
  lineHeight: '24px',
  fontWeight: 700,
  color: emailColors.ink,
};

const signatureStyle: CSSProperties = {
  margin: '16px 0 0',
  fontSize: '16px',
  lineHeight: '24px',
  color: emailColors.ink,
};

/** The centre's name (and logo when it has one) over a bar in its accent colour. */
function BrandHeader(props: { brand: EmailBrand }) {
  return (
    <Section
      style={{
        margin: '0 0 20px',
        paddingBottom: '12px',
        borderBottom: `4px solid ${props.brand.accent}`,
      }}
    >
      {props.brand.logoUrl ? (
        <Img
          src={props.brand.logoUrl}
          alt={props.brand.displayName}
          height="32"
          data-skip-in-text="true"
          style={{ height: '32px', width: 'auto', margin: '0 0 6px' }}
        />
      ) : null}
      <Text style={brandNameStyle}>{props.brand.displayName}</Text>
    </Section>
  );
}

/**
 * The frame of every email: one centred 560px card (tables under the hood, styles inline), the
 * preheader clients show next to the subject, the centre's brand (name, logo, accent bar) at
 * the top, its signature under the message, and a muted footer.
 */
export function EmailLayout(props: {
  locale: EmailLocale;
  brand: EmailBrand;
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
          <BrandHeader brand={props.brand} />
          {props.children}
          <Text style={signatureStyle}>{brandSignature(props.locale, props.brand.displayName)}</Text>
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
