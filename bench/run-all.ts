/** `npm run bench` runs every benchmark; `npm run bench -- NAME [N]` runs one. */
import { benchAlerts } from './alerts.js';
import { benchAnalytics } from './analytics.js';
import { benchClose } from './close.js';
import { benchEmails } from './emails.js';
import { benchIngest } from './ingest.js';
import { benchLogics } from './logics.js';
import { benchPages } from './pages.js';
import { benchRecord } from './record.js';
import { benchStatistics } from './statistics.js';

const benches: Record<string, (n: number) => Promise<void>> = {
  ingest: (n) => benchIngest(n),
  record: (n) => benchRecord(n),
  emails: (n) => benchEmails(n),
  analytics: () => benchAnalytics(),
  statistics: () => benchStatistics(),
  alerts: (n) => benchAlerts(n),
  logics: () => benchLogics(),
  pages: (n) => benchPages(n),
  close: (n) => benchClose(n),
};
const defaults: Record<string, number> = {
  ingest: 5000,
  record: 500,
  emails: 1000,
  pages: 60,
  close: 10_000,
  alerts: 4000,
};

const [only, size] = process.argv.slice(2);
const names = only ? [only] : Object.keys(benches);
for (const name of names) {
  const bench = benches[name];
  if (!bench) {
    console.error(`Unknown benchmark "${name}"; known: ${Object.keys(benches).join(', ')}`);
    process.exit(2);
  }
  await bench(size ? Number(size) : (defaults[name] ?? 1000));
}
