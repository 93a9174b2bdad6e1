import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listOutbox, readOutboxMessage } from '../../../functions/adapters/mail/local-outbox-mailer.js';

/** A message shaped as mail clients write them: folded and encoded headers, nested multiparts. */
const raw = [
  'From: =?UTF-8?Q?Barom=C3=A8tre?= <barometre@example.fr>',
  'To: camille.martin@example.fr',
  'Subject: =?UTF-8?Q?Comment_s=E2=80=99est_pass=C3=A9_votre_?=',
  ' =?UTF-8?B?w6ljaGFuZ2UgYXZlYyBNYXJpZeKArz8=?=',
  'List-Unsubscribe:',
  ' <https://barometre.example.fr/unsubscribe/u1>',
  'Date: Thu, 12 Feb 2026 09:30:15 +0000',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="outer"',
  '',
  '--outer',
  'Content-Type: multipart/alternative; boundary=inner',
  '',
  '--inner',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  'Tr=C3=A8s satisfait =3D 10, une longue ligne coup=',
  '=C3=A9e en deux',
  '--inner',
  'Content-Type: text/html; charset=utf-8',
  'Content-Transfer-Encoding: base64',
  '',
  Buffer.from('<p lang="fr">Très satisfait</p>').toString('base64'),
  '--inner--',
  '',
  '--outer--',
  '',
].join('\r\n');

const file = '20260212T093015.042Z-3f9a0c41d2e7.eml';

async function outboxWith(content: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'duopulse-outbox-'));
  await writeFile(join(dir, file), content);
  await writeFile(join(dir, 'notes.txt'), 'not a message');
  return dir;
}

describe('the local outbox reads .eml files back (postal-mime)', () => {
  it('unfolds headers and decodes RFC 2047 words in Q and B encodings', async () => {
    const message = await readOutboxMessage(await outboxWith(raw), file);
    expect(message?.headers.from).toBe('Baromètre <barometre@example.fr>');
    expect(message?.subject).toBe('Comment s’est passé votre échange avec Marie\u202f?');
    expect(message?.headers['list-unsubscribe']).toBe('<https://barometre.example.fr/unsubscribe/u1>');
    expect(message?.date).toBe('2026-02-12T09:30:15.000Z');
  });

  it('finds the text and HTML parts in nested multiparts and undoes their encodings', async () => {
    const message = await readOutboxMessage(await outboxWith(raw), file);
    expect(message?.text.trim()).toBe('Très satisfait = 10, une longue ligne coupée en deux');
    expect(message?.html.trim()).toBe('<p lang="fr">Très satisfait</p>');
  });

  it('lists only outbox files, with their decoded subject and recipient', async () => {
    const dir = await outboxWith(raw);
    expect(await listOutbox(dir)).toEqual([
      {
        file,
        to: 'camille.martin@example.fr',
        subject: 'Comment s’est passé votre échange avec Marie\u202f?',
        date: '2026-02-12T09:30:15.000Z',
      },
    ]);
    expect(await readOutboxMessage(dir, 'notes.txt')).toBeUndefined();
  });
});
