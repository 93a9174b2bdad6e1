import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import PostalMime, { decodeWords } from 'postal-mime';
import { type Clock, systemClock } from '../../services/ports/clock.port.js';
import type { Mailer, OutgoingMail } from '../../services/ports/mailer.port.js';

/**
 * Outbox file names: ISO 8601 basic-format UTC time to the millisecond, then a random id, so
 * names sort by time and contain nothing a path could abuse. Example:
 * `20260212T093015.042Z-3f9a0c41d2e7.eml`.
 */
export const outboxFilePattern = /^\d{8}T\d{6}\.\d{3}Z-[0-9a-f]{12}\.eml$/;

export function isOutboxFileName(name: string): boolean {
  return outboxFilePattern.test(name);
}

function outboxFileName(at: Date, id: string): string {
  return `${at.toISOString().replace(/[-:]/g, '')}-${id}.eml`;
}

export interface OutboxSummary {
  /** The file name, also the `messageId` the local mailer returned. */
  file: string;
  to: string;
  subject: string;
  /** The message's Date header, as ISO 8601. */
  date: string;
}

export interface OutboxMessage extends OutboxSummary {
  /** Every top-level header, names lower-cased. */
  headers: Record<string, string>;
  html: string;
  text: string;
}

function summary(file: string, headers: Record<string, string>): OutboxSummary {
  const date = new Date(headers.date ?? '');
  return {
    file,
    to: headers.to ?? '',
    subject: headers.subject ?? '',
    date: Number.isNaN(date.getTime()) ? '' : date.toISOString(),
  };
}

/**
 * A part's body as it was written: postal-mime keeps the line break that precedes the next
 * boundary, which belongs to the boundary (RFC 2046 section 5.1.1), so one is taken off.
 */
function partBody(body: string | undefined): string | undefined {
  return body?.replace(/\r?\n$/, '');
}

/**
 * One .eml file read back with postal-mime: its headers (names lower-cased, the first of a
 * repeated header, RFC 2047 words decoded) and its text and HTML parts.
 */
async function parseEml(
  raw: string,
): Promise<{ headers: Record<string, string>; html?: string | undefined; text?: string | undefined }> {
  const email = await PostalMime.parse(raw);
  const headers: Record<string, string> = {};
  for (const header of email.headers)
    if (!(header.key in headers)) headers[header.key] = decodeWords(header.value).trim();
  return { headers, html: partBody(email.html), text: partBody(email.text) };
}

/**
 * Local stand-in for SES: each message becomes a real .eml file (multipart/alternative,
 * text then HTML, every header kept) that any mail client can open and /dev/outbox lists.
 */
export class LocalOutboxMailer implements Mailer {
  constructor(
    private readonly outboxDir: string,
    private readonly from: string,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Resolves with the .eml file name as the message id. */
  async send(mail: OutgoingMail): Promise<{ messageId: string }> {
    const at = this.clock.now();
    const file = outboxFileName(at, randomBytes(6).toString('hex'));
    const eml = await new MailComposer({
      from: mail.fromName ? { name: mail.fromName, address: this.from } : this.from,
      ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
      to: mail.to,
      subject: mail.subject,
      date: at,
      text: mail.text,
      html: mail.html,
      headers: {
        ...mail.headers,
        ...Object.fromEntries(
          Object.entries(mail.tags).map(([name, value]) => [`X-Duopulse-Tag-${name}`, value]),
        ),
      },
    })
      .compile()
      .build();
    await mkdir(this.outboxDir, { recursive: true });
    const partial = join(this.outboxDir, `.${file}.partial`);
    await writeFile(partial, eml);
    await rename(partial, join(this.outboxDir, file));
    return { messageId: file };
  }
}

/** The messages in an outbox directory, newest first; other files are ignored. */
export async function listOutbox(outboxDir: string): Promise<OutboxSummary[]> {
  let names: string[];
  try {
    names = await readdir(outboxDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const files = names.filter(isOutboxFileName).sort().reverse();
  return Promise.all(
    files.map(async (file) =>
      summary(file, (await parseEml(await readFile(join(outboxDir, file), 'utf8'))).headers),
    ),
  );
}

/** One outbox message read back; undefined when the name is not an outbox file or is gone. */
export async function readOutboxMessage(outboxDir: string, file: string): Promise<OutboxMessage | undefined> {
  if (!isOutboxFileName(file)) return undefined;
  let raw: string;
  try {
    raw = await readFile(join(outboxDir, file), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const parsed = await parseEml(raw);
  return {
    ...summary(file, parsed.headers),
    headers: parsed.headers,
    html: parsed.html ?? '',
    text: parsed.text ?? '',
  };
}
