import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  LocalOutboxMailer,
  listOutbox,
  readOutboxMessage,
} from '../../../functions/adapters/mail/local-outbox-mailer.js';
import type { Clock } from '../../../functions/services/ports/clock.port.js';
import { renderCustomerSurveyMail, renderPulseInvitationMail } from '../../../web/emails/render-mail.js';

const unsubscribeUrl = 'https://barometre.example.fr/unsubscribe/eyJ1IjoiY2FtaWxsZSJ9.c2lnbmF0dXJl';

function fixedClock(iso: string): Clock {
  return { now: () => new Date(iso) };
}

function customerMail() {
  return renderCustomerSurveyMail({
    locale: 'fr',
    advisorFirstName: 'Marie',
    channel: 'chat',
    surveyUrl: 'https://barometre.example.fr/s/eyJhbGciOiJIUzI1NiJ9.eyJpIjoiaW50LTEifQ.c2lnbmF0dXJl',
    unsubscribeUrl,
    to: 'camille.martin@example.fr',
  });
}

let outboxDir: string;
beforeEach(async () => {
  outboxDir = await mkdtemp(join(tmpdir(), 'duopulse-outbox-'));
});
afterEach(async () => {
  await rm(outboxDir, { recursive: true, force: true });
});

describe('LocalOutboxMailer', () => {
  it('writes a multipart/alternative .eml named by time, with the unsubscribe headers', async () => {
    const mailer = new LocalOutboxMailer(
      outboxDir,
      'Baromètre <barometre@example.fr>',
      fixedClock('2026-02-12T09:30:15.042Z'),
    );
    const { messageId } = await mailer.send(await customerMail());

    expect(messageId).toMatch(/^20260212T093015\.042Z-[0-9a-f]{12}\.eml$/);
    expect(await readdir(outboxDir)).toEqual([messageId]);
    const raw = (await readFile(join(outboxDir, messageId), 'utf8')).replace(/\r\n[ \t]+/g, ' ');
    expect(raw).toContain('\r\nMIME-Version: 1.0\r\n');
    expect(raw).toMatch(/\r\nContent-Type: multipart\/alternative; boundary="[^"]+"\r\n/);
    expect(raw).toContain(`List-Unsubscribe: <${unsubscribeUrl}>\r\n`);
    expect(raw).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n');
    expect(raw).toContain('Date: Thu, 12 Feb 2026 09:30:15 +0000\r\n');
    expect(raw).toMatch(/\r\nMessage-ID: <[^>]+@example\.fr>\r\n/);
    expect(raw.indexOf('Content-Type: text/plain')).toBeGreaterThan(0);
    expect(raw.indexOf('Content-Type: text/html')).toBeGreaterThan(raw.indexOf('Content-Type: text/plain'));
  });

  it('reads each message back exactly as it was rendered', async () => {
    const mail = await customerMail();
    const mailer = new LocalOutboxMailer(
      outboxDir,
      'barometre@example.fr',
      fixedClock('2026-02-12T09:30:15.042Z'),
    );
    const { messageId } = await mailer.send(mail);

    const message = await readOutboxMessage(outboxDir, messageId);

    expect(message).toMatchObject({
      file: messageId,
      to: 'camille.martin@example.fr',
      subject: 'Comment s’est passé votre échange avec Marie\u202f?',
      date: '2026-02-12T09:30:15.000Z',
    });
    expect(message?.headers['list-unsubscribe']).toBe(`<${unsubscribeUrl}>`);
    expect(message?.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(message?.headers['x-duopulse-tag-kind']).toBe('customer-survey');
    expect(message?.html).toBe(mail.html);
    expect(message?.text).toBe(mail.text);
  });

  it('lists messages newest first and ignores files it did not write', async () => {
    await new LocalOutboxMailer(
      outboxDir,
      'barometre@example.fr',
      fixedClock('2026-02-12T09:30:15.042Z'),
    ).send(await customerMail());
    await new LocalOutboxMailer(
      outboxDir,
      'barometre@example.fr',
      fixedClock('2026-02-16T07:00:00.000Z'),
    ).send(
      await renderPulseInvitationMail({
        locale: 'en',
        surveyUrl: 'https://barometre.example.fr/pulse/t',
        to: 'advisor@example.fr',
        reminder: true,
        period: '2026-W08',
        privacyUrl: 'https://barometre.example.fr/privacy?lang=en',
      }),
    );
    await writeFile(join(outboxDir, 'notes.txt'), 'not a message');

    const listed = await listOutbox(outboxDir);

    expect(listed.map(({ to, subject, date }) => ({ to, subject, date }))).toEqual([
      {
        to: 'advisor@example.fr',
        subject: 'Reminder: your pulse for week 8, 16–22 February, under a minute',
        date: '2026-02-16T07:00:00.000Z',
      },
      {
        to: 'camille.martin@example.fr',
        subject: 'Comment s’est passé votre échange avec Marie\u202f?',
        date: '2026-02-12T09:30:15.000Z',
      },
    ]);
  });

  it('reads nothing outside the outbox and treats a missing outbox as empty', async () => {
    expect(await readOutboxMessage(outboxDir, '../../etc/passwd')).toBeUndefined();
    expect(await readOutboxMessage(outboxDir, '20260212T093015.042Z-000000000000.eml')).toBeUndefined();
    expect(await listOutbox(join(outboxDir, 'not-created-yet'))).toEqual([]);
  });
});
