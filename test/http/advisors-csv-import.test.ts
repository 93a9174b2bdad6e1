import { beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, apiHarness } from '../support/api-harness.js';
import { lilleTeam, lyonTeam } from '../support/roster-fixtures.js';

let h: ApiHarness;
let admin: string;

/** Text as Windows-1252 bytes (each character one byte, « é » is 0xE9: not valid UTF-8). */
const windows1252 = (text: string) => Uint8Array.from([...text].map((ch) => ch.charCodeAt(0)));

/** An Excel export: French headers, a `sep=;` line, an empty row at the end. */
const excelCsv =
  'sep=;\r\n' +
  "Matricule;E-mail;Prénom;Équipe;Mode de travail;ETP;Date d'entrée\r\n" +
  'W1;w1@centre.example;Zoé;lyon-1;Hybride;0,8;01/09/2025\r\n' +
  'W2;w2@centre.example;Amélie;lille-1;Télétravail;1;15/02/2024\r\n' +
  ';;;;;;\r\n';

async function importCsv(body: BodyInit, contentType: string, headers: Record<string, string> = {}) {
  const res = await h.app.request('/api/v1/advisors/import', {
    method: 'POST',
    headers: { authorization: `Bearer ${admin}`, 'content-type': contentType, ...headers },
    body,
  });
  return { status: res.status, type: res.headers.get('content-type'), body: await res.json() };
}

beforeAll(async () => {
  h = await apiHarness(new Date('2026-03-10T10:00:00Z'));
  admin = await h.newKey('admin');
  expect((await h.call('POST', '/api/v1/teams', admin, { teams: [lyonTeam, lilleTeam] })).status).toBe(200);
});

describe('POST /api/v1/advisors/import', () => {
  it('reads text/csv; charset=windows-1252 bytes in that charset, the sep= line and the empty row as Excel means them', async () => {
    const res = await importCsv(windows1252(excelCsv), 'text/csv; charset=windows-1252');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      read: 2,
      stored: 2,
      unchanged: 0,
      duplicates: 0,
      emptyRowsIgnored: 1,
      rejected: [],
    });
    const stored = await h.call('GET', '/api/v1/advisors/W1', admin);
    expect(stored.body).toMatchObject({ firstName: 'Zoé', teamId: 'lyon-1', fte: 0.8 });
    expect((await h.call('GET', '/api/v1/advisors/W2', admin)).body.firstName).toBe('Amélie');
  });

  it('reports the same file sent again as unchanged, whatever its encoding, and writes no history', async () => {
    const history = async () =>
      (await h.call('GET', '/api/v1/roster-history?limit=500', admin)).body.items.length;
    const before = await history();
    for (const [body, type] of [
      [windows1252(excelCsv), 'text/csv; charset=windows-1252'],
      [windows1252(excelCsv), 'text/csv'],
      [windows1252(excelCsv), 'text/csv; charset="ISO-8859-1"'],
      [new TextEncoder().encode(excelCsv), 'text/csv; charset=utf-8'],
      [excelCsv, 'text/csv'],
    ] as const) {
      const res = await importCsv(body, type);
      expect(res.body, type).toMatchObject({
        read: 2,
        stored: 0,
        unchanged: 2,
        emptyRowsIgnored: 1,
        rejected: [],
      });
    }
    expect(await history()).toBe(before);
    const moved = await importCsv(windows1252(excelCsv.replace('Zoé;lyon-1', 'Zoé;lille-1')), 'text/csv');
    expect(moved.body).toMatchObject({ stored: 1, unchanged: 1 });
    expect((await h.call('GET', '/api/v1/advisors/W1', admin)).body.teamId).toBe('lille-1');
  });

  it('refuses a charset it cannot read with a 415 naming the header, and bytes that are not the declared charset with a 400', async () => {
    const unknown = await importCsv(windows1252(excelCsv), 'text/csv; charset=klingon-8');
    expect(unknown.status).toBe(415);
    expect(unknown.type).toContain('application/problem+json');
    expect(unknown.body.detail).toContain('Content-Type');
    expect(unknown.body.detail).toContain('klingon-8');
    const french = await importCsv(windows1252(excelCsv), 'text/csv; charset=klingon-8', {
      'accept-language': 'fr',
    });
    expect(french.status).toBe(415);
    expect(french.body.detail).toBe(
      'Content-Type\u00a0: charset « klingon-8 » inconnu\u00a0; envoyez utf-8, windows-1252 ou iso-8859-1, ou aucun charset',
    );

    const notUtf8 = await importCsv(windows1252(excelCsv.replace('W1;', 'W9;')), 'text/csv; charset=utf-8');
    expect(notUtf8.status).toBe(400);
    expect(notUtf8.body.errors).toEqual([
      { path: '(body)', message: 'not utf-8 text, as the Content-Type charset says' },
    ]);
    const notUtf8Fr = await importCsv(windows1252(excelCsv), 'text/csv; charset=utf-8', {
      'accept-language': 'fr',
    });
    expect(notUtf8Fr.body.errors).toEqual([
      { path: '(body)', message: 'pas du texte utf-8, alors que le charset du Content-Type le dit' },
    ]);
    expect((await h.call('GET', '/api/v1/advisors/W9', admin)).status).toBe(404);
  });

  it('words the reasons of rejected rows in the language of Accept-Language, English by default', async () => {
    const bad = windows1252(
      excelCsv.replace(
        'W2;w2@centre.example;Amélie;lille-1;Télétravail;1;',
        'W3;w3@centre.example;Léa;lille-1;Télétravail;1,5;',
      ),
    );
    const fr = await importCsv(bad, 'text/csv; charset=windows-1252', {
      'accept-language': 'fr-FR,fr;q=0.9',
    });
    expect(fr.body.rejected).toEqual([
      { line: 4, reasons: ['ETP\u00a0: «\u202f1,5\u202f» refusé — doit être au plus 1'] },
    ]);
    const en = await importCsv(bad, 'text/csv; charset=windows-1252');
    expect(en.body.rejected).toEqual([{ line: 4, reasons: ['ETP: “1,5” refused — must be at most 1'] }]);
  });
});
