import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DynamoLogicsListsRepository } from '../../functions/adapters/dynamo/logics-lists.repository.js';
import { publishLogicsMonths } from '../../functions/services/logics/publish-logics-month.service.js';
import { logicsPublicationDeps } from '../../functions/wiring/logics-publication.wiring.js';
import { demoResources, demoTools } from '../../scripts/demo/demo-logics.js';
import type { LogicsMonth } from '../../shared/logics/logics-month.js';
import { seedDemoTables } from '../support/demo-tables.js';
import { createTestDatabase } from '../support/test-tables.js';

// The demo's half-year seeded, then one discovery per month: a minute on a loaded machine, never timed.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 600_000 });

const now = new Date('2026-11-30T09:00:00Z');
let months: LogicsMonth[] = [];
let summary: Awaited<ReturnType<typeof publishLogicsMonths>>;

beforeAll(async () => {
  const db = await createTestDatabase();
  await seedDemoTables(db, now);
  const lists = new DynamoLogicsListsRepository(db.clients, db.config.MAIN_TABLE_NAME);
  await lists.saveToolsAndMethods(demoTools, 'admin@centre.example', new Date('2026-01-01T00:00:00Z'));
  await lists.saveResources(demoResources, 'admin@centre.example', new Date('2026-01-01T00:00:00Z'));
  const deps = logicsPublicationDeps(db.config, db.clients, { now: () => now });
  summary = await publishLogicsMonths(deps);
  months = (
    await Promise.all(
      (await deps.logicsPublication.publishedMonths()).map((m) => deps.logicsPublication.month(m)),
    )
  ).filter((m): m is LogicsMonth => m !== undefined);
});

describe('the monthly logics publication on the seeded demo centre', () => {
  it('publishes 3 logics for a demo month with its stability, and flags the peer debrief for the relational logic only', () => {
    expect(summary.published.length).toBeGreaterThan(0);
    const shown = months.filter((m) => m.views[0]?.state === 'published');
    expect(shown.length).toBeGreaterThan(0);
    const month = shown.at(-1) as LogicsMonth;
    const centre = month.views[0];
    if (centre?.state !== 'published' || month.discovery.state !== 'ok') throw new Error('centre withheld');
    expect(centre.logics).toHaveLength(3);
    expect(month.discovery.stability?.meanAdjustedRandIndex).toBeGreaterThan(0.7);
    // The relational logic: the one relying most on colleagues.
    const relational = [...centre.logics].sort(
      (a, b) => (b.centroid?.['rely-colleagues'] ?? 0) - (a.centroid?.['rely-colleagues'] ?? 0),
    )[0];
    const debrief = month.evaluations[0]?.items.find((i) => i.itemId === 'tool-peer-debrief');
    expect(debrief?.state).toBe('shown');
    if (debrief?.state !== 'shown') return;
    expect(debrief.valuedByOneOnly?.group).toBe(relational?.name);
    expect(debrief.byLogic.filter((r) => r.flagged).map((r) => r.group)).toContain(relational?.name);
  });
});
