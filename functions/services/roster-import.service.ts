import * as z from 'zod/mini';
import { importMessages } from '../../shared/i18n/import-messages.js';
import {
  cellValue,
  type ImportColumn,
  importColumns,
  readHeader,
} from '../../shared/roster/import-columns.js';
import {
  type Advisor,
  advisorSchema,
  advisorWrite,
  interactionSchema,
  type Locale,
  type Team,
  teamSchema,
  teamWrite,
} from '../../shared/roster/index.js';
import { hasControlCharacter, markControlCharacters } from '../../shared/text/free-text.js';
import { ValidationError } from './errors.js';
import { type InteractionDeps, recordInteractionBatch } from './interaction.service.js';
import { upsertAdvisors, upsertTeams } from './roster.service.js';
import type { CallerScope } from './scope.js';
import { zodParseIn } from './validation.js';

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

/**
 * What an import did. `read` counts the rows with something in them, each of which is stored,
 * unchanged (a team or advisor already stored exactly so), a duplicate (a contact already
 * stored) or rejected; rows of empty cells (Excel's trailing `;;;;`) are only counted apart.
 */
export interface ImportSummary {
  readonly read: number;
  readonly stored: number;
  readonly unchanged: number;
  readonly duplicates: number;
  readonly emptyRowsIgnored: number;
  readonly rejected: RejectedRow[];
}

const chunkSize = 500;
const allTeams: CallerScope = {};
/** How CSV imports appear in the roster history. */
export const importAuthor = 'csv-import';

const rowSchemas = { teams: teamSchema, advisors: advisorSchema, interactions: interactionSchema } as const;
const idColumn = { teams: 'teamId', advisors: 'payrollId', interactions: 'externalId' } as const;

/** How the import reads and words things; every field optional (the API's defaults). */
export interface ImportOptions {
  /** The language of the header refusal and of each row's reasons; English by default. */
  readonly locale?: Locale | undefined;
  /** The file's header line; by default the columns the rows have. */
  readonly header?: readonly string[] | undefined;
  /** Where instants written without an offset (`20/11/2026 09:00`) are read; Europe/Paris by default. */
  readonly timeZone?: string | undefined;
}

/** The header does not fit the kind; nothing was read past it. One message says all of it. */
export class ImportHeaderError extends ValidationError {
  override name = 'ImportHeaderError';
  constructor(
    readonly wording: string,
    readonly unknown: readonly string[],
    readonly missing: readonly string[],
  ) {
    super([{ path: '(header)', message: wording, code: 'csv-header' }], wording);
  }
}

/** A row whose every cell is empty or blank (`;;;;`, `; ;`), as Excel writes below the data. */
function isEmptyRow(row: ImportRow): boolean {
  return Object.values(row.cells).every((cell) => (cell ?? '').trim() === '');
}

/**
 * The teams or advisors that would change what is stored (created or changed); the others are
 * unchanged and are not written again.
 */
async function changedOnes(
  deps: InteractionDeps,
  kind: 'teams' | 'advisors',
  values: readonly Record<string, unknown>[],
): Promise<{ changed: Record<string, unknown>[]; unchanged: number }> {
  const write = { by: importAuthor, at: deps.clock.now() };
  let changed: Record<string, unknown>[];
  if (kind === 'teams') {
    const teams = values as unknown as Team[];
    const stored = await deps.roster.getTeams(teams.map((t) => t.teamId));
    changed = teams.filter((t) => teamWrite(stored.get(t.teamId), t, write));
  } else {
    const advisors = values as unknown as Advisor[];
    const stored = await deps.roster.getAdvisors(advisors.map((a) => a.payrollId));
    changed = advisors.filter((a) => advisorWrite(stored.get(a.payrollId), a, write).change);
  }
  return { changed, unchanged: values.length - changed.length };
}

/** One batch of valid rows stored through the API's use cases; what was stored, unchanged, already stored. */
async function storeBatch(
  deps: InteractionDeps,
  kind: ImportKind,
  values: Record<string, unknown>[],
): Promise<{ stored: number; unchanged: number; duplicates: number }> {
  if (kind === 'interactions') {
    const receipt = await recordInteractionBatch(deps, allTeams, { interactions: values });
    return { stored: receipt.stored.length, unchanged: 0, duplicates: receipt.duplicates.length };
  }
  const { changed, unchanged } = await changedOnes(deps, kind, values);
  if (changed.length === 0) return { stored: 0, unchanged, duplicates: 0 };
  const written =
    kind === 'teams'
      ? await upsertTeams(deps, allTeams, { teams: changed }, importAuthor)
      : await upsertAdvisors(deps, allTeams, { advisors: changed }, importAuthor);
  return { stored: written.length, unchanged, duplicates: 0 };
}

function headerOf(rows: readonly ImportRow[]): string[] {
  const names = new Set<string>();
  for (const row of rows) for (const name of Object.keys(row.cells)) names.add(name);
  return [...names];
}

/**
 * The header against the kind's columns: unknown, missing required or repeated columns throw
 * one ImportHeaderError (naming them and listing the accepted names) instead of a refusal per row.
 */
function columnsOf(kind: ImportKind, header: readonly string[], locale: Locale) {
  const reading = readHeader(kind, header);
  if (reading.unknown.length || reading.missing.length || reading.repeated.length) {
    const wording = importMessages(locale).header({ kind, ...reading, columns: importColumns[kind] });
    throw new ImportHeaderError(
      wording,
      reading.unknown,
      reading.missing.map((c) => c.field),
    );
  }
  return reading.columns;
}

/** One row's cells as the schema's input, or the reasons it cannot be (each naming the value). */
function readRow(
  kind: ImportKind,
  row: ImportRow,
  columns: ReadonlyMap<string, ImportColumn>,
  locale: Locale,
  timeZone: string,
): { value: Record<string, unknown> } | { reasons: string[] } {
  const words = importMessages(locale);
  const input: Record<string, unknown> = {};
  const headerOfField = new Map<string, string>();
  const order = new Map<string, number>();
  /** Reasons by column, so they read in the file's column order, one per column. */
  const reasons = new Map<string, string>();
  for (const [name, column] of columns) {
    headerOfField.set(column.field, name);
    order.set(name, order.size);
    if (column.ignored) continue;
    const read = cellValue(column, row.cells[name] ?? '', timeZone);
    if (read === undefined) continue;
    if ('problem' in read) reasons.set(name, words.cell(name, (row.cells[name] ?? '').trim(), read.problem));
    else input[column.field] = read.value;
  }
  const parsed = rowSchemas[kind].safeParse(input, zodParseIn(locale));
  if (parsed.success && reasons.size === 0) return { value: parsed.data as Record<string, unknown> };
  for (const issue of parsed.error?.issues ?? []) {
    const field = String(issue.path[0] ?? '');
    const name = headerOfField.get(field) ?? field;
    if (reasons.has(name)) continue;
    const raw = (row.cells[name] ?? '').trim();
    if (issue.code === 'custom' && hasControlCharacter(raw)) {
      reasons.set(name, words.invalid(name, markControlCharacters(raw), words.controlCharacters));
      continue;
    }
    const rule =
      issue.code === 'custom'
        ? words.beforeStart(headerOfField.get(field === 'endDate' ? 'startDate' : 'startedAt') ?? 'start')
        : issue.code === 'invalid_format' && issue.format === 'regex'
          ? words.idCharacters
          : issue.code === 'too_big' && issue.origin === 'number'
            ? words.atMost(Number(issue.maximum), issue.inclusive ?? false)
            : issue.code === 'too_small' && issue.origin === 'number'
              ? words.atLeast(Number(issue.minimum), issue.inclusive ?? false)
              : issue.message;
    reasons.set(name, raw === '' ? words.empty(name) : words.invalid(name, raw, rule));
  }
  const byColumn = [...reasons].sort(([a], [b]) => (order.get(a) ?? 99) - (order.get(b) ?? 99));
  return { reasons: byColumn.map(([, reason]) => reason) };
}

/**
 * Imports CSV rows of one kind: the header is checked once, rows are read one by one (French
 * or English headers, French numbers and dates), bad rows are reported with their line and
 * reasons showing the value at fault, and good rows are stored in batches through the same use
 * cases as the API (so the same rules and idempotency apply).
 * 1. match the header to the kind's columns; a header that does not fit throws one ImportHeaderError
 * 2. count rows of empty cells apart; read and validate each other row; reject repeats of an id
 *    seen on an earlier line
 * 3. reject rows whose team (advisors) or advisor (interactions) is unknown
 * 4. store the good rows by batches of 500, reporting progress; teams and advisors already stored
 *    exactly so are counted unchanged and not written again
 */
export async function importRows(
  deps: InteractionDeps,
  kind: ImportKind,
  rows: readonly ImportRow[],
  onProgress: (done: number) => void = () => {},
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const locale = options.locale ?? 'en';
  const words = importMessages(locale);
  const header = options.header ?? headerOf(rows);
  const columns = columnsOf(kind, header, locale);
  const headerOfField = new Map([...columns].map(([name, column]) => [column.field, name]));
  const rejected: RejectedRow[] = [];
  const firstLineOfId = new Map<string, number>();
  const valid: { line: number; value: Record<string, unknown> }[] = [];
  let emptyRowsIgnored = 0;
  for (const row of rows) {
    if (isEmptyRow(row)) {
      emptyRowsIgnored++;
      continue;
    }
    const read = readRow(kind, row, columns, locale, options.timeZone ?? 'Europe/Paris');
    if ('reasons' in read) {
      rejected.push({ line: row.line, reasons: read.reasons });
      continue;
    }
    const id = String(read.value[idColumn[kind]]);
    const first = firstLineOfId.get(id);
    if (first !== undefined) {
      const name = headerOfField.get(idColumn[kind]) ?? idColumn[kind];
      rejected.push({ line: row.line, reasons: [words.repeats(name, id, first)] });
      continue;
    }
    firstLineOfId.set(id, row.line);
    valid.push({ line: row.line, value: read.value });
  }

  const reference = kind === 'advisors' ? 'teamId' : kind === 'interactions' ? 'advisorId' : undefined;
  let storable = valid;
  if (reference) {
    const ids = valid.map((v) => String(v.value[reference]));
    const known = kind === 'advisors' ? await deps.roster.getTeams(ids) : await deps.roster.getAdvisors(ids);
    const name = headerOfField.get(reference) ?? reference;
    storable = valid.filter((v) => {
      const id = String(v.value[reference]);
      if (known.has(id)) return true;
      rejected.push({
        line: v.line,
        reasons: [words.unknownReference(name, id, kind === 'advisors' ? 'team' : 'advisor')],
      });
      return false;
    });
  }

  let stored = 0;
  let unchanged = 0;
  let duplicates = 0;
  onProgress(rows.length - storable.length);
  for (let i = 0; i < storable.length; i += chunkSize) {
    const counts = await storeBatch(
      deps,
      kind,
      storable.slice(i, i + chunkSize).map((v) => v.value),
    );
    stored += counts.stored;
    unchanged += counts.unchanged;
    duplicates += counts.duplicates;
    onProgress(rows.length - storable.length + Math.min(storable.length, i + chunkSize));
  }
  rejected.sort((a, b) => a.line - b.line);
  return { read: rows.length - emptyRowsIgnored, stored, unchanged, duplicates, emptyRowsIgnored, rejected };
}

export const importKindSchema = z.enum(importKinds);
