import { openLocalDatabase } from './local/local-database.js';
import { isLocalJobName, localJobNames, runLocalJob } from './local/local-jobs.js';

const name = process.argv[2];
if (!name || !isLocalJobName(name)) {
  console.error(`Usage: npm run job -- ${localJobNames.join('|')}`);
  process.exit(2);
}
const db = await openLocalDatabase();
try {
  console.log(JSON.stringify(await runLocalJob(db, name), null, 2));
} finally {
  await db.close();
}
