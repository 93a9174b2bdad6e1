import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { ImportRow } from '../services/roster-import.service.js';

/** A CSV file read: its header line as written and its records with their line numbers. */
export interface CsvFile {
  readonly header: string[];
  readonly rows: ImportRow[];
}

/**
 * The file's bytes as text: UTF-8 with or without its BOM, UTF-16 with its BOM (Excel's
 * "Unicode text"), and otherwise Windows-1252, which French Excel writes for "CSV (séparateur:
 * point-virgule)" (bytes that are not valid UTF-8 are read as Windows-1252).
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Whichever of `;`, `,` and tab the header line uses most (French Excel writes `;`). */
export function delimiterOf(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = [';', ',', '\t'].map((d) => [d, header.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best), [',', 0] as const)[0];
}

/**
 * CSV text with a header line into its header and rows that keep their line number (for error
 * reports). Throws on text that is not CSV (an unclosed quote, say).
 */
export function csvFileFromText(text: string): CsvFile {
  const clean = text.replace(/^\uFEFF/, '');
  const delimiter = delimiterOf(clean);
  let header: string[] = [];
  const records = parse(clean, {
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

/** Reads a CSV file (encoding and delimiter detected) into its header and rows. */
export async function readCsvFile(path: string): Promise<CsvFile> {
  return csvFileFromText(decodeCsvBytes(await readFile(path)));
}

/** Reads a CSV file with a header line into rows that keep their line number (for error reports). */
export async function readCsvRows(path: string): Promise<ImportRow[]> {
  return (await readCsvFile(path)).rows;
}
