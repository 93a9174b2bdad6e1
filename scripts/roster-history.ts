import { parseArgs } from 'node:util';
import { DynamoRosterRepository } from '../functions/adapters/dynamo/roster.repository.js';
import { openLocalDatabase } from './local/local-database.js';

const { values } = parseArgs({ options: { limit: { type: 'string', default: '50' } } });
const limit = Number(values.limit);
if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) {
  console.error('Usage: npm run roster-history -- [--limit N]   (newest first, N from 1 to 10000)');
  process.exit(2);
}

const db = await openLocalDatabase();
const roster = new DynamoRosterRepository(db.clients, db.config.MAIN_TABLE_NAME);
try {
  let shown = 0;
  let cursor: string | undefined;
  do {
    const page = await roster.listRosterHistory({ limit: Math.min(500, limit - shown), cursor });
    for (const change of page.items) {
      const fields = Object.entries(change.changes)
        .map(([field, c]) => `${field}: ${JSON.stringify(c.from ?? null)} → ${JSON.stringify(c.to ?? null)}`)
        .join('; ');
      console.log(`${change.at}  ${change.by}  ${change.action} ${change.entity} ${change.id}  ${fields}`);
    }
    shown += page.items.length;
    cursor = page.next;
  } while (cursor && shown < limit);
} finally {
  await db.close();
}
