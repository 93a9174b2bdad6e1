import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../functions/adapters/dynamo/keys.js';
import { DynamoLogicsListsRepository } from '../../functions/adapters/dynamo/logics-lists.repository.js';
import type { CentreResource } from '../../shared/logics/resources-by-logic.js';
import type { CentreToolOrMethod } from '../../shared/logics/ways-of-working-module.js';
import { createTestDatabase, type TestDatabase } from '../support/test-tables.js';

let db: TestDatabase;
let repo: DynamoLogicsListsRepository;

const scripts: CentreToolOrMethod = {
  id: 'guided-scripts',
  kind: 'tool',
  name: { fr: 'Scripts guidés', en: 'Guided scripts' },
};
const debrief: CentreToolOrMethod = {
  id: 'peer-debrief',
  kind: 'method',
  name: { fr: 'Débrief entre pairs', en: 'Peer debrief' },
};
const huddle: CentreResource = {
  id: 'daily-huddle',
  kind: 'training-format',
  title: { fr: 'Point d’équipe quotidien', en: 'Daily team huddle' },
  addresses: [{ itemId: 'rely-colleagues', when: 'high' }],
};

beforeAll(async () => {
  db = await createTestDatabase();
  repo = new DynamoLogicsListsRepository(db.clients, db.config.MAIN_TABLE_NAME);
});

describe('DynamoLogicsListsRepository', () => {
  it('starts with two empty lists', async () => {
    expect(await repo.toolsAndMethods()).toEqual([]);
    expect(await repo.resources()).toEqual([]);
  });

  it('saves each list whole, in order, a new version replacing the last, with who and when', async () => {
    await repo.saveToolsAndMethods([scripts], 'admin@centre.example', new Date('2026-11-02T09:00:00Z'));
    await repo.saveToolsAndMethods([debrief, scripts], 'hr@centre.example', new Date('2026-11-03T10:30:00Z'));
    await repo.saveResources([huddle], 'admin@centre.example', new Date('2026-11-04T08:00:00Z'));
    expect(await repo.toolsAndMethods()).toEqual([debrief, scripts]);
    expect(await repo.resources()).toEqual([huddle]);
    const stored = await db.clients.doc.send(
      new GetCommand({ TableName: db.config.MAIN_TABLE_NAME, Key: keys.logicsList('TOOLS_AND_METHODS') }),
    );
    expect(stored.Item).toMatchObject({
      type: 'LogicsList',
      savedBy: 'hr@centre.example',
      savedAt: '2026-11-03T10:30:00.000Z',
    });
  });

  it('saves an emptied list as empty', async () => {
    await repo.saveResources([], 'admin@centre.example', new Date('2026-11-05T08:00:00Z'));
    expect(await repo.resources()).toEqual([]);
    expect(await repo.toolsAndMethods()).toHaveLength(2);
  });
});
