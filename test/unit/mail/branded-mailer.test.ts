import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SendEmailCommand, SendEmailCommandInput } from '@aws-sdk/client-sesv2';
import { describe, expect, it } from 'vitest';
import { brandedMailer } from '../../../functions/adapters/mail/branded-mailer.js';
import {
  LocalOutboxMailer,
  readOutboxMessage,
} from '../../../functions/adapters/mail/local-outbox-mailer.js';
import { namedSender, SesMailer } from '../../../functions/adapters/mail/ses-mailer.js';
import type { BrandRepository } from '../../../functions/services/ports/brand.port.js';
import type { OutgoingMail } from '../../../functions/services/ports/mailer.port.js';
import type { Brand } from '../../../shared/brand/brand.schema.js';

const mail: OutgoingMail = {
  to: 'camille@example.fr',
  subject: 'Votre pulse',
  html: '<p>Bonjour</p>',
  text: 'Bonjour',
  headers: {},
  tags: { kind: 'pulse-invitation' },
};

const brand: Brand = {
  displayName: 'Centre Rhône',
  senderName: 'Service clients Rhône',
  replyTo: 'contact@rhone.example',
  updatedAt: '2026-11-30T09:00:00Z',
  updatedBy: 'admin@centre.example',
};

function brands(value: Brand | undefined, reads: { count: number }): BrandRepository {
  return {
    async getBrand() {
      reads.count++;
      return value;
    },
    async saveBrand() {},
  };
}

describe('mail carries the centre’s sender name and reply-to', () => {
  it('in the local outbox: From with the display name, Reply-To, the brand read once per run', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'duopulse-branded-'));
    const reads = { count: 0 };
    const mailer = brandedMailer(
      new LocalOutboxMailer(dir, 'barometre@duopulse.example'),
      brands(brand, reads),
    );
    await mailer.send(mail);
    await mailer.send({ ...mail, to: 'dominique@example.fr' });
    expect(reads.count).toBe(1);
    const files = (await readdir(dir)).filter((f) => f.endsWith('.eml'));
    expect(files).toHaveLength(2);
    const headers = (await readOutboxMessage(dir, files[0] as string))?.headers ?? {};
    const from = Object.entries(headers).find(([k]) => k.toLowerCase() === 'from')?.[1] ?? '';
    expect(from).toContain('barometre@duopulse.example');
    expect(from).toMatch(/Service clients Rh|=\?UTF-8\?/);
    expect(Object.entries(headers).find(([k]) => k.toLowerCase() === 'reply-to')?.[1]).toContain(
      'contact@rhone.example',
    );
  });

  it('without a brand, mail leaves as before', async () => {
    const sent: OutgoingMail[] = [];
    const capture = {
      async send(m: OutgoingMail) {
        sent.push(m);
        return { messageId: '1' };
      },
    };
    const mailer = brandedMailer(capture, brands(undefined, { count: 0 }));
    await mailer.send(mail);
    expect(sent[0]).toEqual(mail);
  });

  it('through SES: the display name encoded as RFC 2047 when not ASCII, the configured address kept, ReplyToAddresses', async () => {
    expect(namedSender('Service clients Rhône', 'Baromètre <barometre@example.fr>')).toBe(
      `=?UTF-8?B?${Buffer.from('Service clients Rhône').toString('base64')}?= <barometre@example.fr>`,
    );
    expect(namedSender('Centre "Nord"', 'barometre@example.fr')).toBe(
      '"Centre \\"Nord\\"" <barometre@example.fr>',
    );
    const sent: SendEmailCommandInput[] = [];
    const ses = new SesMailer(
      {
        async send(command: SendEmailCommand) {
          sent.push(command.input);
          return { MessageId: 'm1', $metadata: {} };
        },
      },
      { from: 'barometre@example.fr', configurationSetName: 'duopulse' },
    );
    await brandedMailer(ses, brands(brand, { count: 0 })).send(mail);
    expect(sent[0]?.FromEmailAddress).toBe(namedSender('Service clients Rhône', 'barometre@example.fr'));
    expect(sent[0]?.ReplyToAddresses).toEqual(['contact@rhone.example']);
  });
});
