import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoActionRepository } from '../../functions/adapters/dynamo/action.repository.js';
import type { TeamAction } from '../../shared/actions/action.schema.js';
import { createTestDatabase, type TestDatabase } from '../support/test-tables.js';

let db: TestDatabase;
let repo: DynamoActionRepository;

const action = (over: Partial<TeamAction>): TeamAction => ({
  teamId: 'lyon-1',
  actionId: 'id-1',
  what: 'Coaching on hard calls',
  who: 'Claire Martin',
  week: '2026-W40',
  createdBy: 'claire.martin@centre.example',
  createdAt: '2026-10-02T08:00:00.000Z',
  ...over,
});

beforeAll(async () => {
  db = await createTestDatabase();
  repo = new DynamoActionRepository(db.clients, db.config.MAIN_TABLE_NAME);
});

describe('DynamoActionRepository', () => {
  it("lists a team's actions by week, alone, with the alert only when there is one", async () => {
    await repo.addAction(action({ actionId: 'id-2', week: '2026-W44', alert: 'productivity-pressure' }));
    await repo.addAction(action({ actionId: 'id-1', week: '2026-W40' }));
    await repo.addAction(action({ teamId: 'lille-1', actionId: 'id-3' }));
    const listed = await repo.listActions('lyon-1');
    expect(listed.map((a) => [a.week, a.actionId, a.alert])).toEqual([
      ['2026-W40', 'id-1', undefined],
      ['2026-W44', 'id-2', 'productivity-pressure'],
    ]);
    expect(listed[0]).toEqual(action({ actionId: 'id-1', alert: undefined }));
    expect((await repo.listActions('lille-1')).map((a) => a.actionId)).toEqual(['id-3']);
  });

  it('stores the action under its team partition with its entity type, and never replaces one', async () => {
    const out = await db.clients.doc.send(
      new GetCommand({
        TableName: db.config.MAIN_TABLE_NAME,
        Key: { pk: 'TEAM#lyon-1#ACTIONS', sk: 'WEEK#2026-W40#ACTION#id-1' },
      }),
    );
    expect(out.Item?.type).toBe('TeamAction');
    await expect(repo.addAction(action({ actionId: 'id-1', what: 'Other' }))).rejects.toThrow();
    expect((await repo.listActions('lyon-1')).find((a) => a.actionId === 'id-1')?.what).toBe(
      'Coaching on hard calls',
    );
  });
});
