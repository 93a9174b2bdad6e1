/**
 * The audit log's hash chain, as pure functions: the hash function is passed in (SHA-256 as
 * hex in functions/), so shared/ stays free of I/O and platform crypto.
 */

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** What a caller records: who did what to which subject, when, with what details. */
export interface AuditRecord {
  /** ISO instant. */
  readonly at: string;
  /** Email of the person, or the job's name. */
  readonly actor: string;
  /** What was done, e.g. `pay-policy.published`. */
  readonly action: string;
  /** What it was done to, e.g. `pay-policy#3`. */
  readonly subject: string;
  readonly details: { readonly [key: string]: JsonValue };
}

/** One link of the chain: `hash` is SHA-256 over the canonical JSON of every other field. */
export interface AuditEntry extends AuditRecord {
  /** 1, 2, 3, … with no gap. */
  readonly seq: number;
  readonly prevHash: string;
  readonly hash: string;
}

export type Sha256Hex = (text: string) => string;

/** The `prevHash` of the first entry. */
export const genesisHash = '0'.repeat(64);

/**
 * JSON with object keys sorted (code-unit order) and no whitespace, so one value has one text
 * (the RFC 8785 idea, for the strings, integers and plain decimals an audit entry holds).
 */
export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value))
      throw new RangeError('non-finite number in audit entry');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const fields = Object.keys(value)
    .filter((k) => value[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k] as JsonValue)}`);
  return `{${fields.join(',')}}`;
}

/** The hash an entry must carry: over seq, at, actor, action, subject, details and prevHash. */
export function entryHash(entry: Omit<AuditEntry, 'hash'>, sha256: Sha256Hex): string {
  const { seq, at, actor, action, subject, details, prevHash } = entry;
  return sha256(canonicalJson({ seq, at, actor, action, subject, details, prevHash }));
}

/** The entry that follows `head` (or starts the chain when there is no head). */
export function nextEntry(
  record: AuditRecord,
  head: Pick<AuditEntry, 'seq' | 'hash'> | undefined,
  sha256: Sha256Hex,
): AuditEntry {
  const unhashed = { ...record, seq: (head?.seq ?? 0) + 1, prevHash: head?.hash ?? genesisHash };
  return { ...unhashed, hash: entryHash(unhashed, sha256) };
}

export type BrokenLinkReason =
  /** The entry's fields do not give its stored hash: something in it was changed. */
  | 'hash-mismatch'
  /** The entry does not point at the previous entry's hash. */
  | 'prev-hash-mismatch'
  /** The expected sequence number is missing (an entry was deleted). */
  | 'gap'
  /** The expected entry comes later in the log: entries were reordered. */
  | 'out-of-order';

export type ChainVerdict =
  | { readonly state: 'intact'; readonly entries: number; readonly headHash: string }
  | {
      readonly state: 'broken';
      /** The sequence number where the chain first breaks. */
      readonly seq: number;
      readonly reason: BrokenLinkReason;
      /** What was found at that place in the log (its seq), when it differs. */
      readonly found?: number;
    };

/**
 * Walks the log in stored order and names the first broken link: the first place where the
 * sequence does not continue, an entry does not point at its predecessor, or an entry's fields
 * do not give its hash.
 */
export function verifyChain(entries: readonly AuditEntry[], sha256: Sha256Hex): ChainVerdict {
  let prevHash = genesisHash;
  for (const [index, entry] of entries.entries()) {
    const seq = index + 1;
    if (entry.seq !== seq) {
      const later = entries.slice(index + 1).some((e) => e.seq === seq);
      return { state: 'broken', seq, reason: later ? 'out-of-order' : 'gap', found: entry.seq };
    }
    if (entry.prevHash !== prevHash) return { state: 'broken', seq, reason: 'prev-hash-mismatch' };
    if (entryHash(entry, sha256) !== entry.hash) return { state: 'broken', seq, reason: 'hash-mismatch' };
    prevHash = entry.hash;
  }
  return { state: 'intact', entries: entries.length, headHash: prevHash };
}
