import { isJobName, jobNames } from '../functions/services/jobs.js';
import { openLocalDatabase } from './local/local-database.js';
import { runLocalJob } from './local/local-jobs.js';

const name = process.argv[2];
if (!name || !isJobName(name)) {
  console.error(`Usage: npm run job -- ${jobNames.join('|')}`);
  process.exit(2);
}
const db = await openLocalDatabase();
try {
  console.log(JSON.stringify(await runLocalJob(db, name), null, 2));
} finally {
  await db.close();
}
