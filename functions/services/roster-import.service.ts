import * as z from 'zod/mini';
import { advisorSchema, interactionSchema, teamSchema } from '../../shared/roster/index.js';
import { type InteractionDeps, recordInteractionBatch } from './interaction.service.js';
import { upsertAdvisors, upsertTeams } from './roster.service.js';
import type { CallerScope } from './scope.js';
import { formatPath } from './validation.js';

export const importKinds = ['teams', 'advisors', 'interactions'] as const;
export type ImportKind = (typeof importKinds)[number];

/** One CSV record: its line number in the file and its cells by column name. */
export interface ImportRow {
  readonly line: number;
  readonly cells: Record<string, string>;
}

export interface RejectedRow {
  readonly line: number;
  readonly reasons: string[];
}

export interface ImportSummary {
  readonly read: number;
  readonly stored: number;
  readonly duplicates: number;
  readonly rejected: RejectedRow[];
}

const chunkSize = 500;
const allTeams: CallerScope = {};
/** How CSV imports appear in the roster history. */
export const importAuthor = 'csv-import';

/** Empty cells are absent; numbers accept a decimal comma; booleans accept true/false/yes/no/oui/non/1/0. */
function coerce(cells: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [column, raw] of Object.entries(cells)) {
    const value = raw.trim();
    if (value === '') continue;
    if (column === 'fte' || column === 'handleTimeSeconds') {
      const n = Number(value.replace(',', '.'));
      out[column] = Number.isNaN(n) ? value : n;
    } else if (column === 'resolvedFirstContact') {
      const v = value.toLowerCase();
      out[column] = ['true', 'yes', 'oui', '1'].includes(v)
        ? true
        : ['false', 'no', 'non', '0'].includes(v)
          ? false
          : value;
    } else if (column === 'managers') {
      out[column] = value
        .split('|')
        .map((m) => m.trim())
        .filter(Boolean);
    } else {
      out[column] = value;
    }
  }
  return out;
}

const rowSchemas = { teams: teamSchema, advisors: advisorSchema, interactions: interactionSchema } as const;
const idColumn = { teams: 'teamId', advisors: 'payrollId', interactions: 'externalId' } as const;

/**
 * Imports CSV rows of one kind: rows are validated one by one, bad rows are reported with
 * their line and reasons, and good rows are stored in batches through the same use cases as
 * the API (so the same rules and idempotency apply).
 * 1. coerce cells and validate each row; reject repeats of an id seen on an earlier line
 * 2. reject rows whose team (advisors) or advisor (interactions) is unknown
 * 3. store the good rows by batches of 500, reporting progress
 */
export async function importRows(
  deps: InteractionDeps,
  kind: ImportKind,
  rows: readonly ImportRow[],
  onProgress: (done: number) => void = () => {},
): Promise<ImportSummary> {
  const rejected: RejectedRow[] = [];
  const firstLineOfId = new Map<string, number>();
  const valid: { line: number; value: Record<string, unknown> }[] = [];
  for (const row of rows) {
    const parsed = rowSchemas[kind].safeParse(coerce(row.cells));
    if (!parsed.success) {
      rejected.push({
        line: row.line,
        reasons: parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`),
      });
      continue;
    }
    const value = parsed.data as Record<string, unknown>;
    const id = String(value[idColumn[kind]]);
    const first = firstLineOfId.get(id);
    if (first !== undefined) {
      rejected.push({ line: row.line, reasons: [`${idColumn[kind]}: "${id}" repeats line ${first}`] });
      continue;
    }
    firstLineOfId.set(id, row.line);
    valid.push({ line: row.line, value });
  }

  const reference = kind === 'advisors' ? 'teamId' : kind === 'interactions' ? 'advisorId' : undefined;
  let storable = valid;
  if (reference) {
    const ids = valid.map((v) => String(v.value[reference]));
    const known = kind === 'advisors' ? await deps.roster.getTeams(ids) : await deps.roster.getAdvisors(ids);
    storable = valid.filter((v) => {
      const id = String(v.value[reference]);
      if (known.has(id)) return true;
      rejected.push({
        line: v.line,
        reasons: [`${reference}: unknown ${kind === 'advisors' ? 'team' : 'advisor'} "${id}"`],
      });
      return false;
    });
  }

  let stored = 0;
  let duplicates = 0;
  onProgress(rows.length - storable.length);
  for (let i = 0; i < storable.length; i += chunkSize) {
    const chunk = storable.slice(i, i + chunkSize).map((v) => v.value);
    if (kind === 'teams')
      stored += (await upsertTeams(deps, allTeams, { teams: chunk }, importAuthor)).length;
    else if (kind === 'advisors')
      stored += (await upsertAdvisors(deps, allTeams, { advisors: chunk }, importAuthor)).length;
    else {
      const receipt = await recordInteractionBatch(deps, allTeams, { interactions: chunk });
      stored += receipt.stored.length;
      duplicates += receipt.duplicates.length;
    }
    onProgress(rows.length - storable.length + Math.min(storable.length, i + chunkSize));
  }
  rejected.sort((a, b) => a.line - b.line);
  return { read: rows.length, stored, duplicates, rejected };
}

export const importKindSchema = z.enum(importKinds);
