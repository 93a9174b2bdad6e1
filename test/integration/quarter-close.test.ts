import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoAuditLog } from '../../functions/adapters/dynamo/audit.repository.js';
import { DynamoPayRepository } from '../../functions/adapters/dynamo/pay.repository.js';
import { DynamoQuarterReviewRepository } from '../../functions/adapters/dynamo/quarter-review.repository.js';
import { ConflictError, NotFoundError, ValidationError } from '../../functions/services/errors.js';
import {
  approveRow,
  closeQuarter,
  computeQuarter,
  contestRating,
  overrideRow,
  type QuarterCloseDeps,
  quarterReview,
  resolveContest,
  weeksOfQuarter,
} from '../../functions/services/pay/quarter-close.service.js';
import type { ClosedQuarterRepository } from '../../functions/services/ports/closed-quarter.port.js';
import { dynamoDeps } from '../../functions/wiring/dynamo.wiring.js';
import type { ClosedQuarter } from '../../shared/pay/closed-quarter.js';
import { defaultPayPolicy } from '../../shared/pay/default-pay-policy.js';
import { overrideFormSchema, type QuarterReviewRow } from '../../shared/pay/quarter-review.js';
import { seedDemoTables } from '../support/demo-tables.js';
import { createTestDatabase } from '../support/test-tables.js';

/** Closed revisions in memory: the close only needs the port. */
function memoryClosedQuarters(): ClosedQuarterRepository & { saved: ClosedQuarter[] } {
  const saved: ClosedQuarter[] = [];
  const of = (q: string) => saved.filter((s) => s.quarter === q);
  return {
    saved,
    async saveRevision(closed) {
      if (of(closed.quarter).some((s) => s.revision === closed.revision)) return 'revision-taken';
      saved.push(closed);
      return 'saved';
    },
    async latestRevision(q) {
      return of(q).sort((a, b) => b.revision - a.revision)[0];
    },
    async getRevision(q, r) {
      return of(q).find((s) => s.revision === r);
    },
    async listRevisions(q) {
      return of(q).map(({ rows, ...rest }) => ({ ...rest, rowCount: rows.length }));
    },
  };
}

const quarter = '2026-Q3';
const hr = 'hr@centre.example';
let deps: QuarterCloseDeps & { closedQuarters: ReturnType<typeof memoryClosedQuarters> };

const figures = (rows: QuarterReviewRow[]) => rows.map(({ computedAt: _, ...rest }) => rest);
const satisfactionOf = (row: QuarterReviewRow | undefined) => {
  if (row?.indicator.state !== 'proposed') throw new Error('no proposal');
  const c = row.indicator.components.find((x) => x.id === 'satisfaction.individual');
  return { n: c?.input.n as number, sum: (c?.input.n as number) * (c?.input.value as number) };
};

beforeAll(async () => {
  const db = await createTestDatabase();
  const now = new Date('2026-11-20T09:00:00Z');
  await seedDemoTables(db, now);
  const base = dynamoDeps(db.config, db.clients);
  const clock = { now: () => now };
  deps = {
    ...base,
    clock,
    pay: new DynamoPayRepository(db.clients, db.config.MAIN_TABLE_NAME),
    audit: new DynamoAuditLog(db.clients, db.config.MAIN_TABLE_NAME),
    reviews: new DynamoQuarterReviewRepository(db.clients, db.config.MAIN_TABLE_NAME),
    closedQuarters: memoryClosedQuarters(),
  };
  await deps.pay.addPolicyVersion({
    version: 1,
    policy: defaultPayPolicy(quarter),
    savedAt: '2026-06-01T08:00:00Z',
    savedBy: hr,
    publishedAt: '2026-06-02T08:00:00Z',
    publishedBy: hr,
  });
}, 240_000);

describe('quarter close on the demo centre', () => {
  it('covers the quarter’s ISO weeks', () => {
    expect(weeksOfQuarter(quarter)).toHaveLength(14);
    expect(weeksOfQuarter(quarter)[0]).toBe('2026-W27');
  });

  it('runs the whole review: deterministic compute, contests, overrides, blockers, close, audit', async () => {
    const first = await computeQuarter(deps, hr, quarter);
    expect(first.length).toBeGreaterThan(10);
    expect(first.some((r) => r.indicator.state === 'proposed')).toBe(true);
    const again = await computeQuarter(deps, hr, quarter);
    expect(figures(again)).toEqual(figures(first));

    const eligible = first.filter((r) => r.indicator.state === 'proposed');
    const target = eligible[0] as QuarterReviewRow;
    const rated = await deps.reviews.advisorRatedResponses(target.advisorId, '2026-W27', '2026-W39', 20);
    const response = await deps.reviews.response(rated[0]?.responseId as string);
    if (!response) throw new Error('the demo advisor has a commented rating in the quarter');
    const other = eligible[1] as QuarterReviewRow;
    await expect(
      contestRating(deps, other.advisorId, 'other@x', quarter, {
        responseId: response.responseId,
        reason: 'not mine',
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await contestRating(deps, target.advisorId, 'advisor@x', quarter, {
      responseId: response.responseId,
      reason: 'the complaint is about the product',
    });

    await approveRow(deps, hr, quarter, other.advisorId);
    await expect(computeQuarter(deps, hr, quarter)).rejects.toThrow(ConflictError);

    const blocked = await closeQuarter(deps, hr, quarter).catch((e: ConflictError) => e);
    expect(blocked).toBeInstanceOf(ConflictError);
    const messages = (blocked as ConflictError).problems.map((p) => p.message).join(' | ');
    expect(messages).toContain(`not reviewed: `);
    expect(messages).toContain(target.advisorId);
    expect(messages).toContain(`open contests: ${target.advisorId}/${response.responseId}`);

    const before = satisfactionOf(await deps.reviews.row(quarter, target.advisorId));
    await resolveContest(deps, hr, quarter, response.responseId, {
      decision: 'accept',
      reason: 'product complaint',
    });
    const after = satisfactionOf(await deps.reviews.row(quarter, target.advisorId));
    expect(after.n).toBe(before.n - 1);
    expect(after.sum).toBeCloseTo(before.sum - response.answer.satisfaction, 9);
    await expect(
      resolveContest(deps, hr, quarter, response.responseId, { decision: 'reject', reason: 'again' }),
    ).rejects.toThrow(ConflictError);

    expect(overrideFormSchema.safeParse({ value: '0.9', reason: '' }).success).toBe(false);
    await overrideRow(deps, hr, quarter, target.advisorId, { value: 0.9, reason: 'agreed with the advisor' });
    const { rows } = await quarterReview(deps, quarter);
    for (const r of rows) if (r.review.state === 'pending') await approveRow(deps, hr, quarter, r.advisorId);
    const closed = await closeQuarter(deps, hr, quarter);
    expect(closed.revision).toBe(1);
    const row = closed.rows.find((r) => r.payrollId === target.advisorId);
    expect(row).toMatchObject({
      status: 'overridden',
      indicator: 0.9,
      overrideReason: 'agreed with the advisor',
    });
    expect(closed.rows.length).toBe(rows.filter((r) => r.indicator.state === 'proposed').length);
    const again2 = await closeQuarter(deps, hr, quarter).catch((e: ValidationError) => e);
    expect(again2).toBeInstanceOf(ValidationError);
    expect((again2 as ValidationError).problems).toEqual([
      {
        path: 'correctionReason',
        message: `${quarter} is closed; a correction needs a reason`,
        code: 'correction-needs-reason',
        values: { quarter },
      },
    ]);
    const correction = await closeQuarter(deps, hr, quarter, 'late override');
    expect(correction).toMatchObject({ revision: 2, correctionReason: 'late override' });
    await expect(computeQuarter(deps, hr, quarter)).rejects.toThrow(ConflictError);

    const actions = (await deps.audit.entries()).map((e) => `${e.action} ${e.subject}`);
    expect(actions).toContain(`pay-quarter.computed pay-quarter#${quarter}`);
    expect(actions).toContain(`pay-contest.opened pay-contest#${quarter}#${response.responseId}`);
    expect(actions).toContain(`pay-contest.accepted pay-contest#${quarter}#${response.responseId}`);
    expect(actions).toContain(`pay-quarter.approved pay-indicator#${quarter}#${other.advisorId}`);
    expect(actions).toContain(`pay-quarter.overridden pay-indicator#${quarter}#${target.advisorId}`);
    expect(actions).toContain(`pay-quarter.closed pay-quarter#${quarter}#r1`);
    expect(actions).toContain(`pay-quarter.closed pay-quarter#${quarter}#r2`);
  }, 240_000);
});
