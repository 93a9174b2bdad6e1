import { describe, expect, it } from 'vitest';
import { importMessages } from '../../../shared/i18n/import-messages.js';

describe('the import summary’s unchanged and empty rows', () => {
  it('counts unchanged teams or advisors and ignored empty rows in French and English, with their plurals', () => {
    const again = { read: 3, stored: 0, unchanged: 3, rejected: 0, emptyRowsIgnored: 1 };
    expect(importMessages('fr').summary(again)).toBe(
      '3 lignes lues\u00a0: 0 enregistrée, 3 inchangées, 0 rejetée. 1 ligne vide ignorée.',
    );
    expect(importMessages('en').summary(again)).toBe(
      '3 rows read: 0 stored, 3 unchanged, 0 rejected. 1 empty row ignored.',
    );
    const some = { read: 2, stored: 1, unchanged: 1, rejected: 0, emptyRowsIgnored: 2 };
    expect(importMessages('fr').summary(some)).toBe(
      '2 lignes lues\u00a0: 1 enregistrée, 1 inchangée, 0 rejetée. 2 lignes vides ignorées.',
    );
    expect(importMessages('en').summary(some)).toBe(
      '2 rows read: 1 stored, 1 unchanged, 0 rejected. 2 empty rows ignored.',
    );
  });

  it('says nothing of empty rows when there were none, and speaks of contacts already stored', () => {
    const contacts = { read: 2, stored: 0, duplicates: 2, rejected: 0, emptyRowsIgnored: 0 };
    expect(importMessages('en').summary(contacts)).toBe(
      '2 rows read: 0 stored, 2 already stored, 0 rejected.',
    );
    expect(importMessages('fr').summary(contacts)).toBe(
      '2 lignes lues\u00a0: 0 enregistrée, 2 déjà enregistrées, 0 rejetée.',
    );
  });
});
