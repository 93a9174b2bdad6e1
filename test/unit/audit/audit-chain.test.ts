import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  type AuditEntry,
  canonicalJson,
  genesisHash,
  nextEntry,
  verifyChain,
} from '../../../shared/audit/audit-chain.js';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function log(length: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (let i = 0; i < length; i++) {
    const record = {
      at: new Date(Date.UTC(2026, 10, 30, 9, i)).toISOString(),
      actor: i % 2 ? 'hr@example.com' : 'admin@example.com',
      action: i % 2 ? 'pay-policy.published' : 'pay-prerequisites.recorded',
      subject: `pay-policy#${i + 1}`,
      details: { version: i + 1, quarter: '2027-Q1', notes: ['a', 'b'], ratio: 0.15 },
    };
    entries.push(nextEntry(record, entries.at(-1), sha256));
  }
  return entries;
}

const tampered: Record<keyof AuditEntry, (e: AuditEntry) => AuditEntry> = {
  seq: (e) => ({ ...e, seq: e.seq + 100 }),
  at: (e) => ({ ...e, at: '2020-01-01T00:00:00.000Z' }),
  actor: (e) => ({ ...e, actor: 'someone@else.example' }),
  action: (e) => ({ ...e, action: 'pay-policy.withdrawn' }),
  subject: (e) => ({ ...e, subject: 'pay-policy#99' }),
  details: (e) => ({ ...e, details: { ...e.details, version: 42 } }),
  prevHash: (e) => ({ ...e, prevHash: sha256('forged') }),
  hash: (e) => ({ ...e, hash: sha256('forged') }),
};

describe('audit hash chain', () => {
  it('chains entries from the genesis hash and finds an untouched log intact', () => {
    const entries = log(6);
    expect(entries[0]?.prevHash).toBe(genesisHash);
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const [i, e] of entries.slice(1).entries()) expect(e.prevHash).toBe(entries[i]?.hash);
    expect(verifyChain(entries, sha256)).toEqual({ state: 'intact', entries: 6, headHash: entries[5]?.hash });
    expect(verifyChain([], sha256)).toEqual({ state: 'intact', entries: 0, headHash: genesisHash });
  });

  it('names the tampered entry, whichever field of whichever entry was changed', () => {
    const entries = log(6);
    for (const [field, tamper] of Object.entries(tampered)) {
      for (let i = 0; i < entries.length; i++) {
        const copy = entries.map((e, j) => (j === i ? tamper(e) : e));
        const verdict = verifyChain(copy, sha256);
        expect(verdict.state, `${field} of entry ${i + 1}`).toBe('broken');
        expect(verdict.state === 'broken' && verdict.seq, `${field} of entry ${i + 1}`).toBe(i + 1);
      }
    }
  });

  it('says why: a changed field breaks the hash, a forged pointer the link', () => {
    const entries = log(4);
    const at = (i: number, tamper: (e: AuditEntry) => AuditEntry) =>
      verifyChain(
        entries.map((e, j) => (j === i ? tamper(e) : e)),
        sha256,
      );
    expect(at(2, tampered.details)).toEqual({ state: 'broken', seq: 3, reason: 'hash-mismatch' });
    expect(at(2, tampered.prevHash)).toEqual({ state: 'broken', seq: 3, reason: 'prev-hash-mismatch' });
  });

  it('finds an entry rewritten with a fresh hash at the next link', () => {
    const entries = log(5);
    const rewritten = { ...entries[1], details: { version: 7 } } as AuditEntry;
    const rehashed = nextEntry(rewritten, entries[0], sha256);
    const copy = entries.map((e, j) => (j === 1 ? rehashed : e));
    expect(verifyChain(copy, sha256)).toEqual({ state: 'broken', seq: 3, reason: 'prev-hash-mismatch' });
  });

  it('names a deleted entry as a gap at its sequence number', () => {
    const entries = log(6);
    for (let i = 0; i < 5; i++) {
      const copy = entries.filter((_, j) => j !== i);
      expect(verifyChain(copy, sha256)).toEqual({ state: 'broken', seq: i + 1, reason: 'gap', found: i + 2 });
    }
  });

  it('names reordered entries at the first place out of sequence', () => {
    const entries = log(6);
    for (let i = 0; i < 5; i++) {
      const copy = [...entries];
      [copy[i], copy[i + 1]] = [copy[i + 1] as AuditEntry, copy[i] as AuditEntry];
      expect(verifyChain(copy, sha256)).toEqual({
        state: 'broken',
        seq: i + 1,
        reason: 'out-of-order',
        found: i + 2,
      });
    }
  });

  it('writes one canonical text whatever the key order', () => {
    expect(canonicalJson({ b: [1, { d: 'x', c: null }], a: true })).toBe(
      '{"a":true,"b":[1,{"c":null,"d":"x"}]}',
    );
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(RangeError);
  });
});
