import { describe, expect, it } from 'vitest';
import { wordedDetail } from '../../../functions/http/problem-wording.js';
import { type RefusalStatus, refusalMessages, refusalTitle } from '../../../shared/i18n/refusal-messages.js';

/** Sentences the services and middleware write, each with the values its French must keep. */
const sentences: readonly (readonly [string, readonly string[]])[] = [
  ['The request has invalid fields; nothing was stored.', []],
  ['The request contradicts what is already stored; nothing was stored.', []],
  ['Something went wrong on our side; nothing was lost from a valid request.', []],
  ['There is nothing at this address, or nothing you may open.', []],
  ['DELETE is not allowed here; use GET, HEAD', ['DELETE', 'GET, HEAD']],
  ['The body must not exceed 1048576 bytes', ['1048576']],
  ['Send the body as text/csv', ['text/csv']],
  ['More than 50 requests a second with this key; retry after Retry-After seconds', ['50', 'Retry-After']],
  ['A valid API key is required', []],
  ['This API key is unknown or revoked', []],
  ['This API key names no team', []],
  ['This API key lacks the "roster:write" scope', ['roster:write']],
  ['Survey settings cover the whole centre; this key is limited to some teams', []],
  ['Sign in first.', []],
];

describe('refusal details in French and English', () => {
  it.each(sentences)(
    '"%s" has its own French, keeping its values, and stays as written in English',
    (en, values) => {
      const fr = wordedDetail('fr', en);
      expect(fr).not.toBe(en);
      for (const value of values) expect(fr).toContain(value);
      expect(wordedDetail('en', en)).toBe(en);
    },
  );

  it('leaves a sentence it does not know as written, in both languages', () => {
    const detail = '2026-Q1 has no closed revision 3';
    expect(wordedDetail('fr', detail)).toBe(detail);
    expect(wordedDetail('en', detail)).toBe(detail);
  });

  it('titles every status it refuses with in both languages, and any other as an error', () => {
    const statuses: RefusalStatus[] = [400, 401, 403, 404, 405, 409, 413, 415, 429, 500];
    for (const status of statuses) {
      expect(refusalTitle('fr', status)).not.toBe(refusalTitle('en', status));
      expect(refusalTitle('fr', status)).not.toMatch(/[{}]/);
    }
    expect(refusalTitle('fr', 418)).toBe(refusalMessages.fr.titles.other);
    expect(refusalTitle('en', 418)).toBe('Error');
  });
});
