import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { ImportRow } from '../services/roster-import.service.js';
import { decodeCsvBytes } from './csv-decoding.js';

/**
 * The one CSV reader of roster imports (the API's and `npm run import`): bytes → text (see
 * csv-decoding) → header and rows that keep their line number in the file, for error reports.
 */

/** A CSV file read: its header line as written and its records with their line numbers. */
export interface CsvFile {
  readonly header: string[];
  readonly rows: ImportRow[];
}

/** Excel's first line naming the separator (`sep=;`; Excel may repeat it as empty cells: `sep=;;;`). */
const separatorLine = /^"?sep=(.)\1*"?$/i;

/** Whichever of `;`, `,` and tab the header line uses most (French Excel writes `;`). */
export function delimiterOf(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = [';', ',', '\t'].map((d) => [d, header.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best), [',', 0] as const)[0];
}

/**
 * The separator and the text to parse: a `sep=X` first line gives X and is blanked (its line
 * break kept, so the lines that follow keep their numbers); else the header line's likeliest one.
 */
function separatorOf(text: string): { delimiter: string; body: string } {
  const end = text.search(/\r?\n|$/);
  const first = text.slice(0, end);
  const named = separatorLine.exec(first);
  if (named?.[1]) return { delimiter: named[1], body: text.slice(end) };
  return { delimiter: delimiterOf(text), body: text };
}

/**
 * CSV text with a header line (after an optional `sep=X` line) into its header and rows that keep
 * their line number. Lines with nothing at all are skipped; rows of empty cells (`;;;;`) are kept,
 * for the import to count as ignored. Throws on text that is not CSV (an unclosed quote, say).
 */
export function csvFileFromText(text: string): CsvFile {
  const { delimiter, body } = separatorOf(text.replace(/^\uFEFF/, ''));
  let header: string[] = [];
  const records = parse(body, {
    columns: (names: string[]) => {
      header = names.map((n) => n.trim());
      return header;
    },
    delimiter,
    skip_empty_lines: true,
    trim: true,
    info: true,
    relax_column_count: true,
  }) as { record: Record<string, string>; info: { lines: number } }[];
  return { header, rows: records.map(({ record, info }) => ({ line: info.lines, cells: record })) };
}

/**
 * A CSV file's bytes into its header and rows; `charset`, when declared (the Content-Type's
 * parameter), is how the bytes are read unless they start with a byte order mark. Throws the
 * errors of decodeCsvBytes and csvFileFromText.
 */
export function csvFileFromBytes(bytes: Uint8Array, charset?: string): CsvFile {
  return csvFileFromText(decodeCsvBytes(bytes, charset));
}

/** Reads a CSV file (encoding, unless `charset` is given, and separator detected) into its header and rows. */
export async function readCsvFile(path: string, charset?: string): Promise<CsvFile> {
  return csvFileFromBytes(await readFile(path), charset);
}

/** Reads a CSV file with a header line into rows that keep their line number (for error reports). */
export async function readCsvRows(path: string): Promise<ImportRow[]> {
  return (await readCsvFile(path)).rows;
}
