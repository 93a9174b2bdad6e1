import type { AuditLog } from '../ports/audit.port.js';
import type { Clock } from '../ports/clock.port.js';
import type { PayRepository } from '../ports/pay.port.js';

/** What the pay use cases need: the pay store, the audit log and the clock. */
export interface PayDeps {
  readonly pay: PayRepository;
  readonly audit: AuditLog;
  readonly clock: Clock;
}

/** The calendar day of an instant, YYYY-MM-DD in UTC (the product's day and quarter boundaries). */
export const dayOf = (instant: Date) => instant.toISOString().slice(0, 10);
