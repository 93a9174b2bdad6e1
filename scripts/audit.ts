import { DynamoAuditLog } from '../functions/adapters/dynamo/audit.repository.js';
import { sha256Hex } from '../functions/adapters/sha256-hex.js';
import { type ChainVerdict, verifyChain } from '../shared/audit/audit-chain.js';
import { openLocalDatabase } from './local/local-database.js';

const why: Record<Extract<ChainVerdict, { state: 'broken' }>['reason'], string> = {
  'hash-mismatch': 'its fields do not give its stored hash (the entry was changed)',
  'prev-hash-mismatch': 'it does not point at the hash of the entry before it',
  gap: 'the entry is missing (deleted)',
  'out-of-order': 'the entry comes later in the log (entries reordered)',
};

if (process.argv[2] !== 'verify') {
  console.error('Usage: npm run audit -- verify   (checks the audit log hash chain; exit 1 when broken)');
  process.exit(2);
}
const db = await openLocalDatabase();
try {
  const verdict = verifyChain(
    await new DynamoAuditLog(db.clients, db.config.MAIN_TABLE_NAME).entries(),
    sha256Hex,
  );
  if (verdict.state === 'intact') {
    console.log(`chain intact: ${verdict.entries} entries`);
    console.log(`head hash: ${verdict.headHash}`);
  } else {
    const found = verdict.found === undefined ? '' : ` (found entry ${verdict.found} in its place)`;
    console.error(`chain broken at entry ${verdict.seq}: ${why[verdict.reason]}${found}`);
    process.exitCode = 1;
  }
} finally {
  await db.close();
}
