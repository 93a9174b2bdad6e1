import * as z from 'zod/mini';
import { quarterId } from './pay-policy.schema.js';

/** A revision of a closed quarter: 1 when first closed, n + 1 for each correction. */
export const closedRevision = z.int().check(z.gte(1), z.lte(9_999));

/**
 * A component's id as it heads its column: the measure and the level it is read at, e.g.
 * `satisfaction.individual`, `handle-time.team`.
 */
export const componentId = z
  .string()
  .check(z.regex(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/, 'an id such as satisfaction.individual'));

/** How a row was reviewed before the close: accepted as computed, or overridden by a person. */
export const rowStatuses = ['approved', 'overridden'] as const;
export type RowStatus = (typeof rowStatuses)[number];

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

const rowFields = {
  quarter: quarterId,
  revision: closedRevision,
  /** The advisor's payroll id (matricule), as payroll knows them. */
  payrollId: text(64),
  lastName: text(200),
  firstName: text(200),
  teamId: text(64),
  /** The variable-pay indicator as approved, in the unit the policy gives (a 0–1 share or points). */
  indicator: z.number(),
  /** Each component's value, keyed by component id, in the units of its measure. */
  components: z.record(componentId, z.number()),
  policyVersion: text(64),
};

/**
 * One advisor's approved line of a closed quarter, what payroll receives. An overridden row
 * carries the reviewer's reason; an approved row carries none.
 */
export const exportRowSchema = z.union([
  z.object({ ...rowFields, status: z.literal('approved') }),
  z.object({ ...rowFields, status: z.literal('overridden'), overrideReason: text(1_000) }),
]);
export type ExportRow = z.output<typeof exportRowSchema>;
