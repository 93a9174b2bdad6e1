import { describe, expect, it } from 'vitest';
import { parseEml, parseEmlHeaders } from '../../../functions/adapters/mail/eml-reader.js';

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

describe('parseEml', () => {
  it('unfolds headers and decodes RFC 2047 words in Q and B encodings', () => {
    const headers = parseEmlHeaders(raw);
    expect(headers.from).toBe('Baromètre <barometre@example.fr>');
    expect(headers.subject).toBe('Comment s’est passé votre échange avec Marie\u202f?');
    expect(headers['list-unsubscribe']).toBe('<https://barometre.example.fr/unsubscribe/u1>');
  });

  it('finds the text and HTML parts in nested multiparts and undoes their encodings', () => {
    const parsed = parseEml(raw);
    expect(parsed.text).toBe('Très satisfait = 10, une longue ligne coupée en deux');
    expect(parsed.html).toBe('<p lang="fr">Très satisfait</p>');
  });
});
