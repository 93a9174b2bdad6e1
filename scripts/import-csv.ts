import { existsSync } from 'node:fs';
import { SingleBar } from 'cli-progress';
import { UndecodableBytesError, UnknownCharsetError } from '../functions/adapters/csv-decoding.js';
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
/** `--charset X`: how the file's bytes are read, as the API's Content-Type charset; else detected. */
function charsetFlag(list: readonly string[]): { charset: string | undefined; rest: string[] } {
  const rest: string[] = [];
  let charset: string | undefined;
  for (let i = 0; i < list.length; i++) {
    const arg = list[i] ?? '';
    if (arg === '--charset') charset = list[++i] ?? '';
    else if (arg.startsWith('--charset=')) charset = arg.slice('--charset='.length);
    else rest.push(arg);
  }
  return { charset: charset?.trim().toLowerCase(), rest };
}
const { charset, rest } = charsetFlag(withoutLangFlag(args));
const [kind, file] = rest;
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
  csv = await readCsvFile(file, charset);
} catch (error) {
  if (error instanceof UnknownCharsetError) console.error(words.unknownCharset(error.charset));
  else if (error instanceof UndecodableBytesError) console.error(words.undecodable(file, error.charset));
  else console.error(words.unreadable(file, (error as Error).message));
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
