import { render, toPlainText } from '@react-email/render';
import type { ReactElement } from 'react';
import { createElement } from 'react';
import type { ManagerDigest } from '../../shared/digest/manager-digest.js';
import type { OutgoingMail } from '../../shared/mail/outgoing-mail.js';
import { CustomerSurveyEmail } from './customer-survey.email.js';
import { managerDigestMessages } from './digest-messages.js';
import { ManagerDigestEmail } from './manager-digest.email.js';
import { customerSurveyMessages, type EmailLocale, pulseInvitationMessages } from './messages.js';
import { PulseInvitationEmail } from './pulse-invitation.email.js';

export interface CustomerSurveyMailInput {
  locale: EmailLocale;
  /** First name only; the customer never sees an advisor's surname. */
  advisorFirstName: string;
  /** Interaction channel id (`phone`, `email`, `chat`, `social`, `in-person`). */
  channel: string;
  /** The survey page with its token; each score links to it with `score=0..10` added. */
  surveyUrl: string;
  /** One-click unsubscribe endpoint: answers a POST without any further step (RFC 8058). */
  unsubscribeUrl: string;
  to: string;
}

export interface PulseInvitationMailInput {
  locale: EmailLocale;
  /** The anonymous pulse page with its token. */
  surveyUrl: string;
  to: string;
  /** True for the single reminder to advisors who have not answered yet. */
  reminder: boolean;
  /** Pulse period id, an ISO week such as `2026-W07`. */
  period: string;
  /** The threat-model page (`/privacy`) in the advisor's language. */
  privacyUrl: string;
}

/** Headings keep their case in the text part; everything else follows react-email's defaults. */
const plainTextOptions = {
  wordwrap: 78,
  selectors: [
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
  ],
} as const;

/** Renders once to HTML and derives the text part from that markup, as `render(…, { plainText: true })` does. */
async function renderBodies(element: ReactElement): Promise<{ html: string; text: string }> {
  const html = await render(element);
  return { html, text: toPlainText(html, plainTextOptions) };
}

/** Header values end up on one line of the message; a CR or LF would forge other headers. */
function headerSafe(value: string, field: string): string {
  if (/[\r\n]/.test(value)) throw new Error(`${field} must not contain a line break`);
  return value;
}

function httpUrl(value: string, field: string): string {
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`${field} must be an http(s) URL`);
  return headerSafe(url.toString(), field);
}

/** SES tag values allow only ASCII letters, digits, `_` and `-`. */
function tagValue(value: string): string {
  return value.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 256) || 'unknown';
}

/**
 * The email sent after one contact: satisfaction 0–10 in one click, FR or EN, HTML and text,
 * with one-click unsubscribe headers (RFC 8058: `List-Unsubscribe` + `List-Unsubscribe-Post`).
 */
export async function renderCustomerSurveyMail(input: CustomerSurveyMailInput): Promise<OutgoingMail> {
  const advisorFirstName = input.advisorFirstName.trim();
  const surveyUrl = httpUrl(input.surveyUrl, 'surveyUrl');
  const unsubscribeUrl = httpUrl(input.unsubscribeUrl, 'unsubscribeUrl');
  const { html, text } = await renderBodies(
    createElement(CustomerSurveyEmail, {
      locale: input.locale,
      advisorFirstName,
      channel: input.channel,
      surveyUrl,
      unsubscribeUrl,
    }),
  );
  return {
    to: headerSafe(input.to, 'to'),
    subject: headerSafe(customerSurveyMessages[input.locale].subject(advisorFirstName), 'advisorFirstName'),
    html,
    text,
    headers: {
      'List-Unsubscribe': `<${unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
    tags: { kind: 'customer-survey', locale: input.locale, channel: tagValue(input.channel) },
  };
}

/** The weekly advisor pulse invitation, or with `reminder` its one reminder; FR or EN, HTML and text. */
export async function renderPulseInvitationMail(input: PulseInvitationMailInput): Promise<OutgoingMail> {
  const surveyUrl = httpUrl(input.surveyUrl, 'surveyUrl');
  const { html, text } = await renderBodies(
    createElement(PulseInvitationEmail, {
      locale: input.locale,
      surveyUrl,
      reminder: input.reminder,
      period: input.period,
      privacyUrl: httpUrl(input.privacyUrl, 'privacyUrl'),
    }),
  );
  return {
    to: headerSafe(input.to, 'to'),
    subject: headerSafe(
      pulseInvitationMessages[input.locale].subject(input.period, input.reminder),
      'period',
    ),
    html,
    text,
    headers: {},
    tags: {
      kind: input.reminder ? 'pulse-reminder' : 'pulse-invitation',
      locale: input.locale,
      period: tagValue(input.period),
    },
  };
}

export interface ManagerDigestMailInput {
  readonly digest: ManagerDigest;
  /** Origin of the manager pages, without a trailing slash. */
  readonly publicBaseUrl: string;
  /** The anonymity threshold every published pulse figure met. */
  readonly k: number;
  readonly to: string;
}

/** A team manager's weekly digest, in their language; HTML and text. */
export async function renderManagerDigestMail(input: ManagerDigestMailInput): Promise<OutgoingMail> {
  const publicBaseUrl = httpUrl(input.publicBaseUrl, 'publicBaseUrl').replace(/\/$/, '');
  const { html, text } = await renderBodies(
    createElement(ManagerDigestEmail, { digest: input.digest, publicBaseUrl, k: input.k }),
  );
  const { locale, week } = input.digest;
  return {
    to: headerSafe(input.to, 'to'),
    subject: managerDigestMessages[locale].subject(week),
    html,
    text,
    headers: {},
    tags: { kind: 'manager-digest', locale, period: tagValue(week) },
  };
}
