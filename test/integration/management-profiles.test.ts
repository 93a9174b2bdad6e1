import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCsvFile } from '../../functions/adapters/csv-rows.js';
import { entityTypes, keys } from '../../functions/adapters/dynamo/keys.js';
import type { AppDeps } from '../../functions/http/app-deps.js';
import { importRows } from '../../functions/services/roster-import.service.js';
import { dynamoDeps } from '../../functions/wiring/dynamo.wiring.js';
import { readManagementProfile, teamSchema } from '../../shared/roster/index.js';
import { createTestDatabase, type TestDatabase } from '../support/test-tables.js';

let deps: AppDeps;
let db: TestDatabase;
const dir = mkdtempSync(join(tmpdir(), 'profiles-'));

beforeAll(async () => {
  db = await createTestDatabase();
  deps = dynamoDeps(db.config, db.clients);
});

/** A French Excel teams file (semicolons, French header) with one line per `[teamId, profile word]`. */
async function frenchTeamsFile(name: string, rows: readonly (readonly [string, string])[]) {
  const path = join(dir, name);
  const lines = rows.map(([id, word]) => `${id};Équipe ${id};Lyon;${word};`);
  writeFileSync(path, ['Code équipe;Nom;Site;Profil de management;Managers', ...lines, ''].join('\r\n'));
  return readCsvFile(path);
}

describe('management profiles in a French CSV file', () => {
  it('reads the source’s French names, Gartner’s and the former words as the four profiles', async () => {
    const file = await frenchTeamsFile('equipes-profils.csv', [
      ['csv-prof', 'Professeur'],
      ['csv-gard', 'Gardien'],
      ['csv-conn', 'Connecté'],
      ['csv-ent', 'Entertainer'],
      ['csv-anim', 'Animateur'],
      ['csv-ent-anim', 'Entertainer (animateur)'],
      ['csv-cheer', 'cheerleader'],
      ['csv-always', 'Always-on'],
      ['csv-guardian', 'guardian'],
      ['csv-none', 'Non renseigné'],
    ]);
    const summary = await importRows(deps, 'teams', file.rows, undefined, {
      locale: 'fr',
      header: file.header,
    });
    expect(summary.rejected).toEqual([]);
    expect(summary.stored).toBe(10);
    const stored = await deps.roster.getTeams(file.rows.map((r) => r.cells['Code équipe'] ?? ''));
    expect(Object.fromEntries([...stored].map(([id, team]) => [id, team.managementProfile]))).toEqual({
      'csv-prof': 'teacher',
      'csv-gard': 'always-on',
      'csv-conn': 'connector',
      'csv-ent': 'cheerleader',
      'csv-anim': 'cheerleader',
      'csv-ent-anim': 'cheerleader',
      'csv-cheer': 'cheerleader',
      'csv-always': 'always-on',
      'csv-guardian': 'always-on',
      'csv-none': 'unknown',
    });
  });

  it('refuses a word that is no profile, listing the four profiles and unknown in French', async () => {
    const file = await frenchTeamsFile('equipes-mauvais-profil.csv', [['csv-bad', 'Toujours là']]);
    const summary = await importRows(deps, 'teams', file.rows, undefined, {
      locale: 'fr',
      header: file.header,
    });
    expect(summary.stored).toBe(0);
    expect(summary.rejected).toEqual([
      {
        line: 2,
        reasons: [
          'Profil de management\u00a0: «\u202fToujours là\u202f» n’est pas une valeur acceptée (teacher, always-on, connector, cheerleader, unknown)',
        ],
      },
    ]);
    expect(await deps.roster.getTeam('csv-bad')).toBeUndefined();
  });
});

describe('teams stored with the former `guardian` profile', () => {
  beforeAll(async () => {
    // As an earlier version wrote it, before always-on and guardian were one profile.
    await db.clients.doc.send(
      new PutCommand({
        TableName: db.config.MAIN_TABLE_NAME,
        Item: {
          ...keys.team('old-guardian'),
          ...keys.teamListing('old-guardian'),
          type: entityTypes.team,
          teamId: 'old-guardian',
          name: 'Lille Pros',
          site: 'Lille',
          managementProfile: 'guardian',
          managers: [],
        },
      }),
    );
  });

  it('are read as always-on by every read of the roster', async () => {
    expect((await deps.roster.getTeam('old-guardian'))?.managementProfile).toBe('always-on');
    expect((await deps.roster.getTeams(['old-guardian'])).get('old-guardian')?.managementProfile).toBe(
      'always-on',
    );
    const listed: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await deps.roster.listTeams({ limit: 100, ...(cursor ? { cursor } : {}) });
      listed.push(...page.items.filter((t) => t.teamId === 'old-guardian').map((t) => t.managementProfile));
      cursor = page.next;
    } while (cursor);
    expect(listed).toEqual(['always-on']);
  });

  it('are unchanged when the same team is sent again as always-on, and changed to another profile', async () => {
    const same = teamSchema.parse({
      teamId: 'old-guardian',
      name: 'Lille Pros',
      site: 'Lille',
      managementProfile: 'always-on',
    });
    expect(await deps.roster.upsertTeams([same])).toEqual([]);
    const again = teamSchema.parse({ ...same, managementProfile: 'guardian' });
    expect(again.managementProfile).toBe('always-on');
    expect(await deps.roster.upsertTeams([again])).toEqual([]);
    const changed = await deps.roster.upsertTeams([{ ...same, managementProfile: 'cheerleader' }]);
    expect(changed.map((c) => c.changes)).toEqual([
      { managementProfile: { from: 'always-on', to: 'cheerleader' } },
    ]);
  });

  it('read an unrecognised stored word as unknown, never as a profile it does not name', () => {
    expect(readManagementProfile('guardian')).toBe('always-on');
    expect(readManagementProfile('cheerleader')).toBe('cheerleader');
    expect(readManagementProfile('toujours')).toBe('unknown');
    expect(readManagementProfile(undefined)).toBe('unknown');
  });
});
