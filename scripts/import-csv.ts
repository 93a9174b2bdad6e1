import { existsSync } from 'node:fs';
import { SingleBar } from 'cli-progress';
import { type CsvFile, readCsvFile } from '../functions/adapters/csv-rows.js';
import {
  ImportHeaderError,
  type ImportKind,
  importKinds,
  importRows,
} from '../functions/services/roster-import.service.js';
import { dynamoDeps } from '../functions/wiring/dynamo.wiring.js';
import { importMessages } from '../shared/i18n/import-messages.js';
import { cliLocale, withoutLangFlag } from './local/cli-locale.js';
import { openLocalDatabase } from './local/local-database.js';

const args = process.argv.slice(2);
const locale = cliLocale(args);
const words = importMessages(locale);
const [kind, file] = withoutLangFlag(args);
if (!kind || !importKinds.includes(kind as ImportKind) || !file) {
  console.error(words.usage(importKinds));
  process.exit(2);
}
if (!existsSync(file)) {
  console.error(words.noFile(file));
  process.exit(2);
}

let csv: CsvFile;
try {
  csv = await readCsvFile(file);
} catch (error) {
  console.error(words.unreadable(file, (error as Error).message));
  process.exit(2);
}

const db = await openLocalDatabase();
const bar = new SingleBar({
  format: `${words.progress(kind as ImportKind)} [{bar}] {percentage}% | {value}/{total} | {eta_formatted}`,
  hideCursor: true,
});
try {
  bar.start(csv.rows.length, 0);
  const summary = await importRows(
    dynamoDeps(db.config, db.clients),
    kind as ImportKind,
    csv.rows,
    (done) => bar.update(done),
    { locale, header: csv.header },
  );
  bar.stop();
  // Contacts are "already stored", teams and advisors "unchanged": each kind says its own.
  const { unchanged, duplicates, ...counts } = summary;
  console.log(
    `\n${words.summary({
      ...counts,
      ...(kind === 'interactions' ? { duplicates } : { unchanged }),
      rejected: summary.rejected.length,
    })}`,
  );
  for (const r of summary.rejected.slice(0, 50)) console.log(`  ${words.line(r.line, r.reasons)}`);
  if (summary.rejected.length > 50) console.log(`  ${words.more(summary.rejected.length - 50)}`);
  if (summary.rejected.length) process.exitCode = 1;
} catch (error) {
  bar.stop();
  if (!(error instanceof ImportHeaderError)) throw error;
  console.error(`\n${error.wording}`);
  process.exitCode = 1;
} finally {
  bar.stop();
  await db.close();
}
