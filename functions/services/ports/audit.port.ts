import type { AuditEntry, AuditRecord } from '../../../shared/audit/audit-chain.js';

/** The append-only, hash-chained audit log. */
export interface AuditLog {
  /** Appends `record` as the next entry of the chain; concurrent appends each get their own place. */
  append(record: AuditRecord): Promise<AuditEntry>;
  /** Every entry, in sequence order. */
  entries(): Promise<AuditEntry[]>;
}
