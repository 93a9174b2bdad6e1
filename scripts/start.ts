import { existsSync, readFileSync } from 'node:fs';
import { serveLocally } from '../functions/http/local.js';
import { localAppDeps } from '../functions/wiring/local.wiring.js';
import { type LocalDatabase, openLocalDatabase } from './local/local-database.js';
import { scheduleLocalJobs } from './local/local-jobs.js';
import { recordServerBaseUrl } from './local/server-base-url.js';
import { demoApiKeyFile, seedDemoOnFirstStart } from './seed-demo.js';

let db: LocalDatabase;
try {
  db = await openLocalDatabase({}, { exclusive: true });
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const { config } = db;
if (config.SEED_DEMO === '1') await seedDemoOnFirstStart(db);
const server = serveLocally(localAppDeps(config, db.clients), config.PORT, config.HOST);
// `npm run job -- …` beside this server links to it (scripts/local/server-base-url.ts).
const forgetBaseUrl = recordServerBaseUrl(config.DATA_DIR, config.PUBLIC_BASE_URL);

const base = `http://${config.HOST === '127.0.0.1' ? 'localhost' : config.HOST}:${config.PORT}`;
const keyFile = demoApiKeyFile(config.DATA_DIR);
const demoKey = existsSync(keyFile)
  ? readFileSync(keyFile, 'utf8').trim()
  : '<create one: npm run api-key -- create --name me>';
console.log(`
Duopulse is running on ${base}  (DynamoDB: ${config.DYNAMODB_ENDPOINT}${db.owned ? `, DynamoDB Local under ${config.DATA_DIR}/dynamodb` : ''})

  Home                ${base}/
  API reference       ${base}/api/v1/docs   (OpenAPI: ${base}/api/v1/openapi.json)
  Local outbox        ${base}/dev/outbox

Try:
  curl -H "Authorization: Bearer ${demoKey}" ${base}/api/v1/teams
  npm run import -- teams scripts/samples/teams.csv   (then advisors, then interactions)

Jobs run on timers here (survey emails every minute, the weekly pulse and its reminder, the
pulse publication and the managers' weekly digest every hour); run one now with (its emails
link to ${config.PUBLIC_BASE_URL}, as this server's do):
  npm run job -- survey-dispatch | pulse-dispatch | pulse-reminder | pulse-retry | pulse-publication | logics | manager-digest

Ctrl-C stops the server and DynamoDB Local.`);

const stopJobs = scheduleLocalJobs(db, (line) => console.log(line));

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping…`);
  stopJobs();
  forgetBaseUrl();
  server.close();
  await db.close();
  // Writes to a pipe are asynchronous: let what was printed reach it before exiting.
  await new Promise<void>((flushed) => process.stdout.write('', () => flushed()));
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
