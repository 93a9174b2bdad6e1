import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCsvRows } from '../../functions/adapters/csv-rows.js';
import type { AppDeps } from '../../functions/http/app-deps.js';
import { importRows } from '../../functions/services/roster-import.service.js';
import { dynamoDeps } from '../../functions/wiring/dynamo.wiring.js';
import { createTestDatabase } from '../support/test-tables.js';

let deps: AppDeps;

beforeAll(async () => {
  const db = await createTestDatabase();
  deps = dynamoDeps(db.config, db.clients);
});

describe('CSV import', () => {
  it('stores the sample roster and reports rejected interaction rows with their lines and reasons', async () => {
    const teams = await importRows(deps, 'teams', await readCsvRows('scripts/samples/teams.csv'));
    expect(teams).toEqual({ read: 2, stored: 2, duplicates: 0, rejected: [] });
    const advisors = await importRows(deps, 'advisors', await readCsvRows('scripts/samples/advisors.csv'));
    expect(advisors.stored).toBe(3);
    expect((await deps.roster.getAdvisor('S20001'))?.fte).toBe(0.8);

    const interactions = await importRows(
      deps,
      'interactions',
      await readCsvRows('scripts/samples/interactions.csv'),
    );
    expect(interactions.stored).toBe(3);
    expect(interactions.rejected).toEqual([
      { line: 5, reasons: [expect.stringMatching(/^channel: Invalid option/)] },
      { line: 6, reasons: ['advisorId: unknown advisor "S29999"'] },
    ]);
    expect((await deps.interactions.getInteraction('sample-0002'))?.resolvedFirstContact).toBeUndefined();
    expect(await deps.interactions.getInteraction('sample-0004')).toBeUndefined();

    const again = await importRows(
      deps,
      'interactions',
      await readCsvRows('scripts/samples/interactions.csv'),
    );
    expect(again.stored).toBe(0);
    expect(again.duplicates).toBe(3);
  });

  it('names every bad cell of a row and rejects ids repeated in the file', async () => {
    const file = join(tmpdir(), `teams-${process.pid}.csv`);
    writeFileSync(
      file,
      'teamId,name,site,managementProfile\nok-1,Ok,Nantes,teacher\n,No id,,boss\nok-1,Again,Nantes,teacher\n',
    );
    const progress: number[] = [];
    const summary = await importRows(deps, 'teams', await readCsvRows(file), (done) => progress.push(done));
    expect(summary.stored).toBe(1);
    expect(summary.rejected).toEqual([
      {
        line: 3,
        reasons: [
          expect.stringMatching(/^teamId: /),
          expect.stringMatching(/^site: /),
          expect.stringMatching(/^managementProfile: Invalid option/),
        ],
      },
      { line: 4, reasons: ['teamId: "ok-1" repeats line 2'] },
    ]);
    expect(progress.at(-1)).toBe(3);
    expect((await deps.roster.getTeam('ok-1'))?.name).toBe('Ok');
  });
});
