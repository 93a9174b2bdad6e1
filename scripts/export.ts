import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { basename, dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { LocalExportStore } from '../functions/adapters/export/local-export-store.js';
import { ValidationError } from '../functions/services/errors.js';
import { parseExportManifest, verifyExport } from '../functions/services/pay/export/verify-export.js';
import {
  checkedQuarter,
  exportClosedQuarter,
} from '../functions/services/pay/export-closed-quarter.service.js';
import { localPayExportDeps } from '../functions/wiring/pay-export.wiring.js';
import { openLocalDatabase } from './local/local-database.js';

const usage = `Usage:
  npm run export -- 2026-Q3 [--revision N]   export a closed quarter (latest revision by default) to .data/exports/
  npm run export -- verify <manifest>        recompute the SHA-256 of the files a manifest names`;

async function exportQuarter(quarterArgument: string, revisionArgument: string | undefined): Promise<void> {
  const quarter = checkedQuarter(quarterArgument);
  const revision = revisionArgument === undefined ? undefined : Number(revisionArgument);
  if (revision !== undefined && !(Number.isInteger(revision) && revision >= 1)) {
    throw new ValidationError([], `--revision "${revisionArgument}" is not a revision number (1, 2, …).`);
  }
  const db = await openLocalDatabase();
  try {
    const done = await exportClosedQuarter(localPayExportDeps(db.config, db.clients), {
      quarter,
      revision,
      actor: `cli:${userInfo().username}`,
    });
    const { approved, overridden } = done.totals.rowsByStatus;
    console.log(`${done.quarter} revision ${done.revision} → ${done.location}`);
    console.log(
      `${done.rowCount} rows; indicator sum ${done.totals.indicatorSum}; approved ${approved}, overridden ${overridden}`,
    );
    for (const f of done.files) {
      console.log(
        `  ${f.outcome === 'written' ? 'written      ' : 'already there'}  ${f.name}  ${f.bytes} bytes  sha256 ${f.sha256}`,
      );
    }
  } finally {
    await db.close();
  }
}

async function verify(manifestPath: string): Promise<void> {
  const manifest = parseExportManifest(await readFile(manifestPath, 'utf8'));
  const checks = await verifyExport(new LocalExportStore(dirname(manifestPath)), manifest);
  console.log(
    `${basename(manifestPath)}: ${manifest.quarter} revision ${manifest.revision}, ${manifest.rowCount} rows`,
  );
  for (const c of checks) {
    const detail = c.verdict === 'differs' ? ` (manifest ${c.expected}, file ${c.actual})` : '';
    console.log(`  ${c.verdict.padEnd(7)}  ${c.name}${detail}`);
  }
  const bad = checks.filter((c) => c.verdict !== 'matches');
  if (bad.length > 0) {
    throw new Error(
      `${bad.map((c) => `${c.name} ${c.verdict}`).join('; ')}: not the files of this manifest.`,
    );
  }
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { revision: { type: 'string' } },
});
const [first, second] = positionals;
try {
  if (first === 'verify' && second && positionals.length === 2) await verify(second);
  else if (first && first !== 'verify' && positionals.length === 1)
    await exportQuarter(first, values.revision);
  else throw new ValidationError([], usage);
} catch (error) {
  console.error(`export: ${(error as Error).message}`);
  process.exitCode = 1;
}
