import { openLocalDatabase } from './local/local-database.js';
import { isLocalJobName, localJobNames, runLocalJob } from './local/local-jobs.js';
import { jobLinkOverrides } from './local/server-base-url.js';

const name = process.argv[2];
if (!name || !isLocalJobName(name)) {
  console.error(`Usage: npm run job -- ${localJobNames.join('|')}`);
  process.exit(2);
}
// Links in the emails a job sends point at the running server (or PUBLIC_BASE_URL / PORT).
const db = await openLocalDatabase(jobLinkOverrides(process.env));
try {
  console.error(`Links to ${db.config.PUBLIC_BASE_URL}`);
  console.log(JSON.stringify(await runLocalJob(db, name), null, 2));
} finally {
  await db.close();
}
