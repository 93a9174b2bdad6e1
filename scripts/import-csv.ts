import { existsSync } from 'node:fs';
import { SingleBar } from 'cli-progress';
import { readCsvRows } from '../functions/adapters/csv-rows.js';
import { type ImportKind, importKinds, importRows } from '../functions/services/roster-import.service.js';
import { dynamoDeps } from '../functions/wiring/dynamo.wiring.js';
import { openLocalDatabase } from './local/local-database.js';

const [kind, file] = process.argv.slice(2);
if (!kind || !importKinds.includes(kind as ImportKind) || !file) {
  console.error(`Usage: npm run import -- ${importKinds.join('|')} FILE.csv`);
  process.exit(2);
}
if (!existsSync(file)) {
  console.error(`import: no file ${file}`);
  process.exit(2);
}

const rows = await readCsvRows(file);

const db = await openLocalDatabase();
const bar = new SingleBar({
  format: `Importing ${kind} [{bar}] {percentage}% | {value}/{total} rows | {eta_formatted} left`,
  hideCursor: true,
});
try {
  bar.start(rows.length, 0);
  const summary = await importRows(dynamoDeps(db.config, db.clients), kind as ImportKind, rows, (done) =>
    bar.update(done),
  );
  bar.stop();
  console.log(
    `\n${summary.read} rows read: ${summary.stored} stored, ${summary.duplicates} already stored, ${summary.rejected.length} rejected.`,
  );
  for (const r of summary.rejected.slice(0, 50)) console.log(`  line ${r.line}: ${r.reasons.join('; ')}`);
  if (summary.rejected.length > 50) console.log(`  … and ${summary.rejected.length - 50} more rejected rows`);
  if (summary.rejected.length) process.exitCode = 1;
} finally {
  bar.stop();
  await db.close();
}
