import { render, toPlainText } from '@react-email/render';
import type { ReactElement } from 'react';
import { createElement } from 'react';
import type { ManagerDigest } from '../../shared/digest/manager-digest.js';
import type { OutgoingMail } from '../../shared/mail/outgoing-mail.js';
import { CustomerSurveyEmail, customerScores, scoreUrl } from './customer-survey.email.js';
import { managerDigestMessages } from './digest-messages.js';
import { type EmailBrand, emailBrandKey, productEmailBrand } from './email-brand.js';
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
  /** The centre's brand (`emailBrandOf`); the product's own when absent. */
  brand?: EmailBrand | undefined;
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
  /** The centre's brand (`emailBrandOf`); the product's own when absent. */
  brand?: EmailBrand | undefined;
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
 * Placeholders rendered into a template in place of each recipient's values. Plain ASCII
 * letters (nothing React or html-to-text escapes or splits), URLs where a URL is expected.
 */
const placeholder = {
  name: 'DPXADVISORNAMEXPD',
  survey: 'https://survey.duopulse.invalid/DPXSURVEYXPD',
  unsubscribe: 'https://unsubscribe.duopulse.invalid/DPXUNSUBSCRIBEXPD',
} as const;
const scorePlaceholderPattern = /https:\/\/survey\.duopulse\.invalid\/DPXSURVEYXPD\?score=(\d+)/g;

/** What React escapes in text and attribute values, escaped the same way. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#x27;',
  );
}

/** html-to-text collapses whitespace in text; a filled value does the same. */
function textValue(value: string): string {
  return value.replace(/[ \t\r\n\f\u200b]+/g, ' ');
}

/**
 * Greedy word wrap at `width` on spaces, as html-to-text's `wordwrap` does: a word longer than
 * the line (a URL) stays whole on its own line.
 */
export function wordWrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.length <= width) return line;
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current === '') current = word;
        else if (current.length + 1 + word.length <= width) current += ` ${word}`;
        else {
          out.push(current);
          current = word;
        }
      }
      out.push(current);
      return out.join('\n');
    })
    .join('\n');
}

interface MailTemplate {
  readonly html: string;
  /** Plain text, not wrapped yet: values are filled before wrapping, so lines break as after a full render. */
  readonly text: string;
}

/** Rendered templates by key, a handful per locale; bounded so a long-running process cannot grow it. */
class TemplateCache {
  private readonly templates = new Map<string, Promise<MailTemplate>>();
  constructor(private readonly limit: number) {}
  get(key: string, render: () => Promise<MailTemplate>): Promise<MailTemplate> {
    let template = this.templates.get(key);
    if (!template) {
      if (this.templates.size >= this.limit) this.templates.clear();
      template = render().catch((error: unknown) => {
        this.templates.delete(key);
        throw error;
      });
      this.templates.set(key, template);
    }
    return template;
  }
}

async function renderTemplate(element: ReactElement): Promise<MailTemplate> {
  const html = await render(element);
  const text = toPlainText(html, {
    ...plainTextOptions,
    wordwrap: false,
    // Unwrapped, html-to-text would draw rules 40 wide; wrapped at 78 they are 78 wide.
    selectors: [
      ...plainTextOptions.selectors,
      { selector: 'hr', options: { length: plainTextOptions.wordwrap } },
    ],
  });
  return { html, text };
}

const customerTemplates = new TemplateCache(64);
const pulseTemplates = new TemplateCache(64);

/** Replaces every occurrence of each placeholder; values are inserted literally (no `$` patterns). */
function fill(source: string, values: ReadonlyArray<readonly [string, string]>): string {
  let out = source;
  for (const [from, to] of values) out = out.split(from).join(to);
  return out;
}

/**
 * The email sent after one contact: satisfaction 0–10 in one click, FR or EN, HTML and text,
 * with one-click unsubscribe headers (RFC 8058: `List-Unsubscribe` + `List-Unsubscribe-Post`).
 * The template is rendered once per locale, channel and brand with placeholders, then filled per
 * recipient with escaped values: the same bytes as a full render, a hundred times faster.
 */
export async function renderCustomerSurveyMail(input: CustomerSurveyMailInput): Promise<OutgoingMail> {
  const advisorFirstName = input.advisorFirstName.trim();
  const surveyUrl = httpUrl(input.surveyUrl, 'surveyUrl');
  const unsubscribeUrl = httpUrl(input.unsubscribeUrl, 'unsubscribeUrl');
  const brand = input.brand ?? productEmailBrand;
  const template = await customerTemplates.get(
    `${input.locale}|${input.channel}|${emailBrandKey(brand)}`,
    () =>
      renderTemplate(
        createElement(CustomerSurveyEmail, {
          locale: input.locale,
          advisorFirstName: placeholder.name,
          channel: input.channel,
          surveyUrl: placeholder.survey,
          unsubscribeUrl: placeholder.unsubscribe,
          brand,
        }),
      ),
  );
  // A normalised URL with no query or fragment takes `?score=N` as URLSearchParams would add it.
  const plain = !surveyUrl.includes('?') && !surveyUrl.includes('#');
  const scoreUrls = customerScores.map((score) =>
    plain ? `${surveyUrl}?score=${score}` : scoreUrl(surveyUrl, score),
  );
  const html = fill(
    template.html.replace(scorePlaceholderPattern, (_, score: string) =>
      escapeHtml(scoreUrls[Number(score)] ?? ''),
    ),
    [
      [placeholder.name, escapeHtml(advisorFirstName)],
      [placeholder.unsubscribe, escapeHtml(unsubscribeUrl)],
    ],
  );
  const text = wordWrap(
    fill(
      template.text.replace(scorePlaceholderPattern, (_, score: string) => scoreUrls[Number(score)] ?? ''),
      [
        [placeholder.name, textValue(advisorFirstName)],
        [placeholder.unsubscribe, unsubscribeUrl],
      ],
    ),
    plainTextOptions.wordwrap,
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

/**
 * The weekly advisor pulse invitation, or with `reminder` its one reminder; FR or EN, HTML and
 * text. Rendered once per locale, period, reminder, privacy page and brand, then filled per advisor.
 */
export async function renderPulseInvitationMail(input: PulseInvitationMailInput): Promise<OutgoingMail> {
  const surveyUrl = httpUrl(input.surveyUrl, 'surveyUrl');
  const privacyUrl = httpUrl(input.privacyUrl, 'privacyUrl');
  const brand = input.brand ?? productEmailBrand;
  const template = await pulseTemplates.get(
    JSON.stringify([input.locale, input.period, input.reminder, privacyUrl, emailBrandKey(brand)]),
    () =>
      renderTemplate(
        createElement(PulseInvitationEmail, {
          locale: input.locale,
          surveyUrl: placeholder.survey,
          reminder: input.reminder,
          period: input.period,
          privacyUrl,
          brand,
        }),
      ),
  );
  return {
    to: headerSafe(input.to, 'to'),
    subject: headerSafe(
      pulseInvitationMessages[input.locale].subject(input.period, input.reminder),
      'period',
    ),
    html: fill(template.html, [[placeholder.survey, escapeHtml(surveyUrl)]]),
    text: wordWrap(fill(template.text, [[placeholder.survey, surveyUrl]]), plainTextOptions.wordwrap),
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
  /** The centre's brand (`emailBrandOf`); the product's own when absent. */
  readonly brand?: EmailBrand | undefined;
}

/** A team manager's weekly digest, in their language; HTML and text. */
export async function renderManagerDigestMail(input: ManagerDigestMailInput): Promise<OutgoingMail> {
  const publicBaseUrl = httpUrl(input.publicBaseUrl, 'publicBaseUrl').replace(/\/$/, '');
  const { html, text } = await renderBodies(
    createElement(ManagerDigestEmail, {
      digest: input.digest,
      publicBaseUrl,
      k: input.k,
      brand: input.brand ?? productEmailBrand,
    }),
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
